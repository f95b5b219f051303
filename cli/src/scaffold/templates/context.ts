import { type Department } from "@dlhub/schema";
import { type DepartmentNames } from "../names.js";

/** What every template is rendered from. */
export interface TemplateContext {
  names: DepartmentNames;
  /** The department's name for people, e.g. "Office of Immigrant Affairs". */
  title: string;
  department: Department;
  /** The first migration's `yyyyMMddHHmmss`. */
  timestamp: string;
  /** Inside the monorepo: the path from the new package to the repository root and back. */
  repository?: { toRoot: string; fromRoot: string };
  versions: PackageVersions;
}

/** The versions the new package depends on: the schema package's own, so one install serves all. */
export interface PackageVersions {
  dlhub: string;
  graphql: string;
  typeGraphql: string;
  typeorm: string;
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
