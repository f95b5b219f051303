import { type DepartmentNames } from "../names.js";

/** What every template is rendered from. */
export interface TemplateContext {
  names: DepartmentNames;
  /** The department's name for people, e.g. "Office of Immigrant Affairs". */
  title: string;
  /** The first migration's `yyyyMMddHHmmss`. */
  timestamp: string;
  /** Inside the monorepo: the path from the new package to the repository root and back. */
  repository?: { toRoot: string; fromRoot: string };
  versions: PackageVersions;
  /**
   * Outside the monorepo the package is a repository of its own, with its CI file. `installed`
   * holds how the folder's package.json already names @dlhub packages (`npm install` of tarballs
   * writes `file:` specs), which are kept; `port` is its default port, for the README.
   */
  standalone?: { port: number; installed: Record<string, string> };
}

/** The versions the new package depends on: the schema package's own, so one install serves all. */
export interface PackageVersions {
  dlhub: string;
  /** The CLI's own version, which a standalone repository runs its checks and publishes with. */
  cli: string;
  graphql: string;
  typeGraphql: string;
  typeorm: string;
  reflectMetadata: string;
}

export interface RenderedFile {
  /** Relative to the new package's folder, `/`-separated. */
  path: string;
  contents: string;
}

/** A TypeScript string literal: titles may hold quotes or backslashes. */
export const literal = (text: string): string => JSON.stringify(text);

/** Text for inside a TypeScript template literal: backticks and `${` are escaped. */
export const inTemplate = (text: string): string => text.replace(/[`\\]/g, "\\$&").replace(/\$\{/g, "\\${");
