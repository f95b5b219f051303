import { join, relative, resolve } from "node:path";
import { ErrorCode, type RegisteredDepartment, listPublishedSubgraph } from "@dlhub/schema";
import {
  ScaffoldTargetExists,
  type WorkspaceChanges,
  defaultTitle,
  departmentNames,
  findRepositoryRoot,
  joinWorkspace,
  nextDepartmentPort,
  scaffoldDepartment,
} from "./scaffold/index.js";
import { type Command, type CommandContext, type OptionValues } from "./command.js";
import { cliFailure, usageError } from "./io.js";

export const subgraphInit: Command = {
  name: "init",
  summary: "create a new department's subgraph package from the kit",
  synopsis: "<id> [--title <title>] [--dir <folder>] [--port <port>]",
  positionals: { min: 1, max: 1 },
  options: {
    title: { type: "string", value: "<title>", description: 'the department\'s name for people (default: its registered name, or from <id>, e.g. "Arts Culture")' },
    department: { type: "string", value: "<DEPARTMENT>", description: "deprecated and ignored: a department is known by its registered id, <id>" },
    dir: { type: "string", value: "<folder>", description: "where to create it (default: services/<id> in this repository; outside one, a repository of its own in ./<id>)" },
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
    const defaultPort = port(stringOption(context.values, "port"), root);
    // Before anything is written: an id the registry does not know would be refused at its first check.
    const registration = await registeredDepartment(context, name);
    const options = {
      name,
      title: stringOption(context.values, "title") ?? registration?.name ?? defaultTitle(name),
      directory,
      port: defaultPort,
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
    const register = registration ? undefined : registerStep(name, options.title);
    return {
      text: [
        ...(stringOption(context.values, "department") === undefined ? [] : [DEPARTMENT_OPTION_NOTE]),
        `Created ${created.packageName} in ${shown} (${created.files.length} files): ${options.title}, department id ${name}, port ${options.port}.`,
        registration
          ? `${name} is registered in ${context.registryUrl} as ${JSON.stringify(registration.name)}.`
          : `No registry is configured (--registry or DLHUB_REGISTRY_URL), so whether ${name} is registered was not checked; register it first (step 1).`,
        ...workspaceLines(workspace),
        ...(listed ? [`Listed ${name} in schema/subgraphs.json with its default port, ${options.port}.`] : []),
        "",
        ...(inRepository ? nextSteps(name, workspace?.workspace ?? shown, options.port, register) : standaloneNextSteps(name, shown, options.port, register)),
      ],
      data: { ...created, name, departmentId: name, title: options.title, registration, port: options.port, workspace },
    };
  },
};

/** The closed enum `--department` named is gone from new departments; old scripts still run. */
const DEPARTMENT_OPTION_NOTE =
  "Note: --department is deprecated and ignored. A department is known by its registered id, the <id> given (`dlhub department list`); a new department uses no Department enum value.";

/**
 * The department's registration, when a registry is configured; an id it does not know is refused
 * with the ids it does. Null when none is configured: the default registry URL is a local one,
 * and a scaffold made offline must not fail for want of it.
 */
async function registeredDepartment(context: CommandContext, id: string): Promise<RegisteredDepartment | null> {
  const configured = typeof context.values.registry === "string" || (context.io.env.DLHUB_REGISTRY_URL ?? "").trim() !== "";
  if (!configured) return null;
  const departments = await context.registry().departments();
  const found = departments.find((department) => department.id === id);
  if (found) return found;
  const known = departments.length > 0 ? `registered: ${departments.map((d) => d.id).join(", ")}` : "none is registered yet";
  throw cliFailure(
    ErrorCode.DEPARTMENT_NOT_REGISTERED,
    `${id} is not a department registered in ${context.registryUrl} (${known}). A subgraph's name is its department's registered id: ask the coordinator to run \`dlhub department register ${id} --name "<display name>"\` first, or use a registered id.`,
  );
}

const stringOption = (values: OptionValues, name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);

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

/** The registry takes a department's subgraph only once the coordinator registered the department: the first step. */
const registerStep = (name: string, title: string): [string, string] => [
  `npx dlhub department register ${name} --name ${JSON.stringify(title)}`,
  "the coordinator registers the department once, before anything reaches the registry (coordinator token)",
];

function nextSteps(name: string, folder: string, port: number, register: [string, string] | undefined): string[] {
  const prefix = name.toUpperCase().replace(/-/g, "_");
  const schema = `${folder}/schema.graphql`;
  const url = `http://localhost:${port}/graphql`;
  return numbered([
    ...(register ? [register] : []),
    ["npm install", "links the new workspace"],
    [`npm run build && npm run sdl -w @dlhub/${name}`, `writes ${schema}; commit it`],
    [`npx jest ${folder}`, "runs its integration test on a real PostgreSQL"],
    [`DATABASE_URL=postgres://… ${prefix}_SEED_DEMO_DATA=true npm start -w @dlhub/${name}`, `serves it at ${url}`],
    [`npx dlhub subgraph check --name ${name} --schema ${schema} --routing-url ${url}`, "asks the registry what a publish would report"],
    [`npx dlhub subgraph publish --name ${name} --schema ${schema} --routing-url ${url}`, "makes it live (needs its publisher token: --token or DLHUB_TOKEN)"],
  ]);
}

function standaloneNextSteps(name: string, folder: string, port: number, register: [string, string] | undefined): string[] {
  const prefix = name.toUpperCase().replace(/-/g, "_");
  const url = `http://localhost:${port}/graphql`;
  return numbered([
    ...(register ? [register] : []),
    [`${folder === "." ? "" : `cd ${folder} && `}npm install`, "installs the kit, the CLI and the build and test tools"],
    ["npm run build && npm test", "builds it and runs its integration test on an embedded PostgreSQL (or DATABASE_URL's server)"],
    ["npm run sdl", "writes schema.graphql from the code; commit it"],
    // No schema/subgraphs.json lists its port outside the monorepo, so it is given one.
    [`${prefix}_PORT=${port} DATABASE_URL=postgres://… ${prefix}_SEED_DEMO_DATA=true npm start`, `serves it at ${url}`],
    [`npm run check -- --routing-url ${url}`, "asks the registry what a publish would report (DLHUB_REGISTRY_URL, DLHUB_TOKEN)"],
    [`npm run publish -- --routing-url ${url}`, "makes it live"],
    ["git push", "CI (.github/workflows/dlhub.yml) needs the secret DLHUB_TOKEN and the variables DLHUB_REGISTRY_URL, DLHUB_ROUTING_URL"],
  ]);
}

const numbered = (steps: [string, string][]) => ["Next steps:", ...steps.flatMap(([command, what], i) => [`  ${i + 1}. ${command}`, `     ${what}`])];
