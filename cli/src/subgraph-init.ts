import { join, relative, resolve } from "node:path";
import { type Department, ErrorCode, listPublishedSubgraph } from "@dlhub/schema";
import {
  ScaffoldTargetExists,
  type WorkspaceChanges,
  defaultTitle,
  departmentFor,
  departmentNames,
  findRepositoryRoot,
  joinWorkspace,
  nextDepartmentPort,
  parseDepartment,
  scaffoldDepartment,
} from "./scaffold/index.js";
import { type Command, type OptionValues } from "./command.js";
import { cliFailure, usageError } from "./io.js";

export const subgraphInit: Command = {
  name: "init",
  summary: "create a new department's subgraph package from the kit",
  synopsis: "<name> [--title <title>] [--department <DEPARTMENT>] [--dir <folder>] [--port <port>]",
  positionals: { min: 1, max: 1 },
  options: {
    title: { type: "string", value: "<title>", description: 'the department\'s name for people (default: from <name>, e.g. "Immigrant Affairs")' },
    department: { type: "string", value: "<DEPARTMENT>", description: "its value of the contract's Department enum (default: from <name>)" },
    dir: { type: "string", value: "<folder>", description: "where to create it (default: services/<name> in this repository; outside one, a repository of its own in ./<name>)" },
    port: { type: "string", value: "<port>", description: "its default port (default: the first from 4007 schema/subgraphs.json leaves free)" },
  },
  async run(context) {
    const name = context.positionals[0] as string;
    try {
      departmentNames(name);
    } catch (error) {
      throw usageError((error as Error).message);
    }
    const root = findRepositoryRoot(context.io.cwd);
    const directory = resolve(context.io.cwd, stringOption(context.values, "dir") ?? (root ? join(root, "services", name) : name));
    const inRepository = root !== undefined && !relative(root, directory).startsWith("..");
    const options = {
      name,
      title: stringOption(context.values, "title") ?? defaultTitle(name),
      department: department(name, stringOption(context.values, "department")),
      directory,
      port: port(stringOption(context.values, "port"), root),
      repositoryRoot: inRepository ? root : undefined,
    };
    let created;
    try {
      created = scaffoldDepartment(options);
    } catch (error) {
      if (error instanceof ScaffoldTargetExists) throw cliFailure(ErrorCode.TARGET_EXISTS, error.message);
      throw error;
    }
    const workspace = inRepository ? joinWorkspace(root, directory) : null;
    // Its env.ts names no port: the repository's table of default ports gives it one.
    const listed = inRepository && listPublishedSubgraph(name, options.port, root);
    const shown = relative(context.io.cwd, directory) || ".";
    return {
      text: [
        `Created ${created.packageName} in ${shown} (${created.files.length} files): ${options.title}, department ${options.department}, port ${options.port}.`,
        ...workspaceLines(workspace),
        ...(listed ? [`Listed ${name} in schema/subgraphs.json with its default port, ${options.port}.`] : []),
        "",
        ...(inRepository ? nextSteps(name, workspace?.workspace ?? shown, options.port, options.title) : standaloneNextSteps(name, shown, options.port, options.title)),
      ],
      data: { ...created, name, title: options.title, department: options.department, port: options.port, workspace },
    };
  },
};

const stringOption = (values: OptionValues, name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);

function department(name: string, given: string | undefined): Department {
  if (given !== undefined) {
    try {
      return parseDepartment(given);
    } catch (error) {
      throw usageError((error as Error).message);
    }
  }
  const derived = departmentFor(name);
  if (!derived) throw usageError(`"${name}" is not a value of the contract's Department enum; name it with --department <DEPARTMENT>.`);
  return derived;
}

function port(given: string | undefined, root: string | undefined): number {
  if (given === undefined) return nextDepartmentPort(root);
  const value = Number(given);
  if (!/^\d+$/.test(given) || value < 1 || value > 65535) throw usageError(`--port must be a port from 1 to 65535, got ${JSON.stringify(given)}.`);
  return value;
}

function workspaceLines(changes: WorkspaceChanges | null): string[] {
  if (changes === null) return ["It is a repository of its own (outside a DL Hub checkout), with its CI file in .github/workflows/dlhub.yml."];
  const added = [changes.addedToWorkspaces && "the workspaces in package.json", changes.addedToReferences && "the references in tsconfig.json"].filter(Boolean);
  return added.length > 0 ? [`Added ${changes.workspace} to ${added.join(" and ")}.`] : [];
}

/** The registry takes a department's subgraph only once the coordinator registered the department. */
const registerStep = (name: string, title: string): [string, string] => [
  `npx dlhub department register ${name} --name ${JSON.stringify(title)}`,
  "the coordinator registers the department once, before its first check (coordinator token)",
];

function nextSteps(name: string, folder: string, port: number, title: string): string[] {
  const prefix = name.toUpperCase().replace(/-/g, "_");
  const schema = `${folder}/schema.graphql`;
  const url = `http://localhost:${port}/graphql`;
  return numbered([
    ["npm install", "links the new workspace"],
    [`npm run build && npm run sdl -w @dlhub/${name}`, `writes ${schema}; commit it`],
    [`npx jest ${folder}`, "runs its integration test on a real PostgreSQL"],
    [`DATABASE_URL=postgres://… ${prefix}_SEED_DEMO_DATA=true npm start -w @dlhub/${name}`, `serves it at ${url}`],
    registerStep(name, title),
    [`npx dlhub subgraph check --name ${name} --schema ${schema} --routing-url ${url}`, "asks the registry what a publish would report"],
    [`npx dlhub subgraph publish --name ${name} --schema ${schema} --routing-url ${url}`, "makes it live (needs its publisher token: --token or DLHUB_TOKEN)"],
  ]);
}

function standaloneNextSteps(name: string, folder: string, port: number, title: string): string[] {
  const prefix = name.toUpperCase().replace(/-/g, "_");
  const url = `http://localhost:${port}/graphql`;
  return numbered([
    [`${folder === "." ? "" : `cd ${folder} && `}npm install`, "installs the kit, the CLI and the build and test tools"],
    ["npm run build && npm test", "builds it and runs its integration test on an embedded PostgreSQL (or DATABASE_URL's server)"],
    ["npm run sdl", "writes schema.graphql from the code; commit it"],
    // No schema/subgraphs.json lists its port outside the monorepo, so it is given one.
    [`${prefix}_PORT=${port} DATABASE_URL=postgres://… ${prefix}_SEED_DEMO_DATA=true npm start`, `serves it at ${url}`],
    registerStep(name, title),
    [`npm run check -- --routing-url ${url}`, "asks the registry what a publish would report (DLHUB_REGISTRY_URL, DLHUB_TOKEN)"],
    [`npm run publish -- --routing-url ${url}`, "makes it live"],
    ["git push", "CI (.github/workflows/dlhub.yml) needs the secret DLHUB_TOKEN and the variables DLHUB_REGISTRY_URL, DLHUB_ROUTING_URL"],
  ]);
}

const numbered = (steps: [string, string][]) => ["Next steps:", ...steps.flatMap(([command, what], i) => [`  ${i + 1}. ${command}`, `     ${what}`])];
