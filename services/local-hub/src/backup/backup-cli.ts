import { isAbsolute, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readLocalHubEnv } from "../env.js";
import { invokedFrom } from "../import/working-directory.js";
import { backupHub } from "./backup.js";
import { exitWith, onHubServer } from "./server.js";

const USAGE = `Usage: npm run backup [-- <folder>]

Backs up every DL Hub database (each department's, the hub's, the registry's) with pg_dump into
<folder> (default: DLHUB_DATA_DIR/backups/<time>): one archive per database and manifest.json.
From DATABASE_URL's server when set, else from the local hub's embedded PostgreSQL.`;

/** `npm run backup`: see USAGE. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { help: { type: "boolean", short: "h" } }, allowPositionals: true });
  if (values.help) return console.log(USAGE), 0;
  if (positionals.length > 1) return console.error(USAGE), 2;
  const env = readLocalHubEnv();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const given = positionals[0];
  const folder = given ? (isAbsolute(given) ? given : resolve(invokedFrom(), given)) : join(env.dataDir, "backups", stamp);
  await onHubServer(env, "backup", async (server) => {
    console.log(`Backing up from ${server.description} into ${folder} …`);
    const manifest = await backupHub({ serverUrl: server.serverUrl, folder, log: (line) => console.log(`  ${line}`) });
    const bytes = manifest.databases.reduce((sum, d) => sum + d.bytes, 0);
    console.log(`Backed up ${manifest.databases.length} databases, ${(bytes / 1024).toFixed(0)} KiB (pg_dump ${manifest.pgDump.major}). Restore with: npm run restore -- ${folder}`);
  });
  return 0;
}

exitWith(main(process.argv.slice(2)));
