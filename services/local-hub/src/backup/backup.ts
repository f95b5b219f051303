import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { databaseUrl } from "@dlhub/subgraph-kit";
import { existingDatabases, withDatabase } from "./connect.js";
import { localHubDatabases } from "./databases.js";
import { type Manifest, type ManifestDatabase, countRows, serverVersion, sha256Of, writeManifest } from "./manifest.js";
import { findPostgresTools, runTool } from "./postgres-tools.js";

export interface BackupOptions {
  serverUrl: string;
  /** A new or empty folder; the backup is one pg_dump archive per database and manifest.json. */
  folder: string;
  /** Database names are `<prefix>_<name>` (tests use their own prefix). */
  databasePrefix?: string;
  log?: (line: string) => void;
}

/**
 * Dumps every DL Hub database on the server in pg_dump's custom format. Each dump reads one
 * snapshot, exported by a transaction that counts the rows of every table in that same snapshot,
 * so the manifest's counts are exactly what the archive holds even while the hub keeps writing.
 */
export async function backupHub({ serverUrl, folder, databasePrefix, log = () => undefined }: BackupOptions): Promise<Manifest> {
  if (existsSync(folder) && readdirSync(folder).length > 0) throw new Error(`${folder} is not empty: back up into a new folder.`);
  const wanted = localHubDatabases(databasePrefix);
  const present = await existingDatabases(serverUrl, wanted.map((w) => w.database));
  if (present.size === 0) throw new Error("No DL Hub database on this server: nothing to back up.");
  for (const { database } of wanted) if (!present.has(database)) log(`${database} is not on the server: skipped.`);
  const server = await withDatabase(serverUrl, "postgres", serverVersion);
  const tools = await findPostgresTools(server.major);
  mkdirSync(folder, { recursive: true });
  const databases: ManifestDatabase[] = [];
  for (const { name, database } of wanted.filter((w) => present.has(w.database))) {
    const file = `${name}.dump`;
    const rows = await withDatabase(serverUrl, database, async (client) => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const { rows: [{ snapshot }] } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
      const counts = await countRows(client);
      await runTool(tools.pgDump, ["--format=custom", `--snapshot=${snapshot}`, `--file=${join(folder, file)}`], databaseUrl(serverUrl, database));
      await client.query("COMMIT");
      return counts;
    });
    const bytes = statSync(join(folder, file)).size;
    databases.push({ name, database, file, bytes, sha256: await sha256Of(join(folder, file)), rows });
    log(`${database}: ${Object.values(rows).reduce((sum, n) => sum + n, 0)} rows in ${Object.keys(rows).length} tables, ${bytes} bytes`);
  }
  const manifest: Manifest = {
    format: "dlhub-backup/1",
    createdAt: new Date().toISOString(),
    server,
    pgDump: { version: tools.version, major: tools.major },
    databases,
  };
  writeManifest(folder, manifest);
  return manifest;
}
