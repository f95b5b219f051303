import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { migrationTimestamp } from "./migration-timestamp.js";
import { departmentNames } from "./names.js";
import { type PackageVersions, renderDepartment } from "./templates/index.js";
import { cliVersion } from "../version.js";

export interface ScaffoldOptions {
  /** The subgraph name in lower kebab-case, e.g. `arts-culture`: the department's registered id. */
  name: string;
  /** The department's name for people, e.g. "Office of Arts, Culture and the Creative Economy". */
  title: string;
  /** The folder to create; it must not exist yet. */
  directory: string;
  /**
   * The monorepo root, when the package joins it: tsconfig extends its base, tests use its jest
   * config. Without it the package is a repository of its own (jest setup, README, CI file).
   */
  repositoryRoot?: string;
  /** Its default port, for the standalone repository's README. */
  port?: number;
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
  const standalone = options.repositoryRoot === undefined;
  const installed = standalone ? installedHere(directory) : undefined;
  if (existsSync(directory) && installed === undefined) throw new ScaffoldTargetExists(directory);
  const files = renderDepartment({
    names,
    title: options.title,
    timestamp: migrationTimestamp(options.now),
    repository: options.repositoryRoot === undefined ? undefined : repositoryPaths(resolve(options.repositoryRoot), directory),
    versions: packageVersions(),
    standalone: standalone ? { port: options.port ?? 4007, installed: installed ?? {} } : undefined,
  });
  for (const file of files) {
    const path = join(directory, ...file.path.split("/"));
    mkdirSync(dirname(path), { recursive: true });
    // Only the package.json npm wrote may be replaced (its @dlhub specs are kept); nothing else is.
    writeFileSync(path, file.contents, { flag: installed && file.path === "package.json" ? "w" : "wx" });
  }
  return { directory, packageName: names.packageName, files: files.map((f) => f.path) };
}

/** What `npm install` leaves in a new folder; a standalone department may be created among it. */
const NPM_INSTALL_LEFTOVERS = new Set(["package.json", "package-lock.json", "node_modules"]);

/**
 * The @dlhub packages the folder's package.json already names, when the folder holds only what
 * `npm install` of them left (the way to try the tarballs before they are published): the
 * department is then created in it, keeping those specs. `{}` for a folder that does not exist or
 * is empty; undefined when it holds anything else, which is never written over.
 */
function installedHere(directory: string): Record<string, string> | undefined {
  if (!existsSync(directory)) return {};
  const entries = readdirSync(directory);
  if (!entries.every((entry) => NPM_INSTALL_LEFTOVERS.has(entry))) return undefined;
  if (!entries.includes("package.json")) return {};
  let manifest: Record<string, Record<string, string> | undefined>;
  try {
    manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as typeof manifest;
  } catch {
    // Not what npm wrote: someone's file, which is never written over.
    return undefined;
  }
  const specs = { ...manifest.devDependencies, ...manifest.dependencies };
  return Object.fromEntries(Object.entries(specs).filter(([name]) => name.startsWith("@dlhub/")));
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
    cli: cliVersion(),
    graphql: manifest.dependencies.graphql as string,
    reflectMetadata: manifest.dependencies["reflect-metadata"] as string,
    typeGraphql: manifest.dependencies["type-graphql"] as string,
    typeorm: manifest.dependencies.typeorm as string,
  };
}
