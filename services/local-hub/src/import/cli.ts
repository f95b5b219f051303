import { isAbsolute, resolve } from "node:path";
import {
  ConfigurationError,
  type DepartmentDefinition,
  type ImportReport,
  ImportFileError,
  ImportRejected,
  type ValidatedImport,
  databaseName,
  databaseUrl,
  openDatabase,
  stopOnSignals,
} from "@dlhub/subgraph-kit";
import { readLocalHubEnv } from "../env.js";
import { parseArgs } from "./args.js";
import { type ImportKind, importKinds } from "./kinds.js";
import { HOST_LINK_KINDS, withHostDatabases } from "./host-databases.js";
import { formatHostLinks, linkKeyspotHosts } from "./link-hosts.js";
import { formatReport, usage } from "./output.js";
import { importServer, type ImportServer } from "./server.js";
import { invokedFrom } from "./working-directory.js";

/** `npm run import -- <kind> <file>`: one file into the department that owns its data. */
async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv, importKinds.map((k) => k.importer.kind));
  if ("error" in command) {
    console.error(`${command.error}\n\n${usage(importKinds)}`);
    return 2;
  }
  if (command.help) {
    console.log(usage(importKinds));
    return 0;
  }
  const { department, importer } = importKinds.find((k) => k.importer.kind === command.kind) as ImportKind;
  // npm runs scripts from the repository root; a relative path means relative to where the person typed it.
  const file = isAbsolute(command.file) ? command.file : resolve(invokedFrom(), command.file);

  // The whole file is checked before any database is touched or started.
  const validated = await importer.validate(file);
  const env = readLocalHubEnv();
  const name = databaseName(department);
  const server = await importServer(env, name);
  stopOnSignals(server.release, (message) => console.error(`\n${message}`));
  try {
    console.log(`Importing into ${name} on ${server.description} …`);
    console.log(formatReport(await apply(validated, server, department), name));
    if (HOST_LINK_KINDS.has(importer.kind)) console.log(formatHostLinks(await withHostDatabases(server.serverUrl, linkKeyspotHosts)));
  } finally {
    await server.release();
  }
  return 0;
}

/** Opens the department's database (migrating it, as the department itself would) and writes. */
async function apply(validated: ValidatedImport, server: ImportServer, department: DepartmentDefinition): Promise<ImportReport> {
  const database = await openDatabase({
    url: databaseUrl(server.serverUrl, databaseName(department)),
    entities: department.entities,
    migrations: department.migrations,
    poolSize: 1,
  });
  try {
    return await validated.apply(database.dataSource);
  } finally {
    await database.dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    if (error instanceof ImportRejected) console.error(`${error.message}\nNothing was written.`);
    else if (error instanceof ImportFileError || error instanceof ConfigurationError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
