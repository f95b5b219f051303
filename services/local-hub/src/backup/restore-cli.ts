import { isAbsolute, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readLocalHubEnv } from "../env.js";
import { invokedFrom } from "../import/working-directory.js";
import { readManifest } from "./manifest.js";
import { restoreHub } from "./restore.js";
import { exitWith, onHubServer } from "./server.js";

const USAGE = `Usage: npm run restore -- <folder> [--force]

Restores a backup \`npm run backup\` wrote into DATABASE_URL's server when set, else into the local
hub's embedded PostgreSQL (stop the hub first). Databases that already hold data are refused, and
nothing is written, unless --force replaces them.`;

/** `npm run restore`: see USAGE. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { help: { type: "boolean", short: "h" }, force: { type: "boolean" } },
    allowPositionals: true,
  });
  if (values.help) return console.log(USAGE), 0;
  if (positionals.length !== 1) return console.error(USAGE), 2;
  const folder = isAbsolute(positionals[0]) ? positionals[0] : resolve(invokedFrom(), positionals[0]);
  readManifest(folder); // a folder that is no backup is refused before any server starts
  await onHubServer(readLocalHubEnv(), "restore", async (server) => {
    console.log(`Restoring ${folder} into ${server.description} …`);
    const manifest = await restoreHub({ serverUrl: server.serverUrl, folder, force: values.force, log: (line) => console.log(`  ${line}`) });
    console.log(`Restored ${manifest.databases.length} databases of ${manifest.createdAt}.`);
  });
  return 0;
}

exitWith(main(process.argv.slice(2)));
