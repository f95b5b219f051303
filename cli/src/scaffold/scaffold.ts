import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { type Department } from "@dlhub/schema";
import { migrationTimestamp } from "./migration-timestamp.js";
import { departmentNames } from "./names.js";
import { type PackageVersions, renderDepartment } from "./templates/index.js";

export interface ScaffoldOptions {
  /** The subgraph name in lower kebab-case, e.g. `immigrant-affairs`. */
  name: string;
  /** The department's name for people, e.g. "Office of Immigrant Affairs". */
  title: string;
  department: Department;
  /** The folder to create; it must not exist yet. */
  directory: string;
  /** The monorepo root, when the package joins it: tsconfig extends its base, tests use its jest config. */
  repositoryRoot?: string;
  /** The migration's clock; tests pin it. */
  now?: Date;
}

export interface ScaffoldResult {
  directory: string;
  packageName: string;
  /** Paths written, relative to `directory`. */
  files: string[];
}

/** The folder already exists; a scaffold never writes over someone's work. */
export class ScaffoldTargetExists extends Error {
  constructor(readonly directory: string) {
    super(`${directory} already exists; choose another --dir or name, or remove the folder first.`);
    this.name = "ScaffoldTargetExists";
  }
}

/**
 * Writes a complete, working department package: the kit's initiative contract, one entity of its
 * own with a resolver and a per-request loader, a migration, idempotent demo data and an
 * integration test. Names and packages follow the hub's conventions, so it builds, serves and
 * passes the contract check before the department writes a line. Its default port is not here but
 * in schema/subgraphs.json, which `dlhub subgraph init` lists it in.
 */
export function scaffoldDepartment(options: ScaffoldOptions): ScaffoldResult {
  const names = departmentNames(options.name);
  const directory = resolve(options.directory);
  if (existsSync(directory)) throw new ScaffoldTargetExists(directory);
  const files = renderDepartment({
    names,
    title: options.title,
    department: options.department,
    timestamp: migrationTimestamp(options.now),
    repository: options.repositoryRoot === undefined ? undefined : repositoryPaths(resolve(options.repositoryRoot), directory),
    versions: packageVersions(),
  });
  for (const file of files) {
    const path = join(directory, ...file.path.split("/"));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents, { flag: "wx" });
  }
  return { directory, packageName: names.packageName, files: files.map((f) => f.path) };
}

function repositoryPaths(root: string, directory: string) {
  const posix = (path: string) => path.split(sep).join("/");
  return { toRoot: posix(relative(directory, root)), fromRoot: posix(relative(root, directory)) };
}

/**
 * The versions the schema package (the contract every department builds on) declares, so the new
 * package installs nothing the others lack.
 */
function packageVersions(): PackageVersions {
  const manifest = JSON.parse(readFileSync(require.resolve("@dlhub/schema/package.json"), "utf8")) as {
    version: string;
    dependencies: Record<string, string>;
  };
  return {
    dlhub: manifest.version,
    graphql: manifest.dependencies.graphql as string,
    typeGraphql: manifest.dependencies["type-graphql"] as string,
    typeorm: manifest.dependencies.typeorm as string,
  };
}
