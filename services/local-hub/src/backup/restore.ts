import { existsSync } from "node:fs";
import { join } from "node:path";
import { databaseName, databaseUrl, dropDatabase, ensureDatabase } from "@dlhub/subgraph-kit";
import { existingDatabases, withDatabase } from "./connect.js";
import { type Manifest, countRows, readManifest, serverVersion, sha256Of } from "./manifest.js";
import { findPostgresTools, runTool } from "./postgres-tools.js";

export interface RestoreOptions {
  serverUrl: string;
  /** A folder `npm run backup` wrote. */
  folder: string;
  /** Replaces databases that already hold data; without it they are refused and nothing is written. */
  force?: boolean;
  /** Database names are `<prefix>_<name>`, whatever they were called where the backup was made. */
  databasePrefix?: string;
  log?: (line: string) => void;
}

/**
 * Restores every database of a backup, each in one transaction, then counts every table's rows
 * against the manifest. Everything is checked first (the archives' checksums, the tools, the
 * server's version, which databases already hold data), so a refused restore writes nothing.
 */
export async function restoreHub({ serverUrl, folder, force = false, databasePrefix, log = () => undefined }: RestoreOptions): Promise<Manifest> {
  const manifest = readManifest(folder);
  for (const entry of manifest.databases) {
    const file = join(folder, entry.file);
    if (!existsSync(file) || (await sha256Of(file)) !== entry.sha256) throw new Error(`${file} is missing or not the file the backup wrote (its checksum differs).`);
  }
  const server = await withDatabase(serverUrl, "postgres", serverVersion);
  if (server.major < manifest.server.major) {
    throw new Error(`The backup is of PostgreSQL ${manifest.server.version}; restore it into PostgreSQL ${manifest.server.major} or newer (this server is ${server.version}).`);
  }
  const tools = await findPostgresTools(manifest.pgDump.major, server.major);
  const targets = manifest.databases.map((entry) => ({ ...entry, target: databaseName({ name: entry.name }, databasePrefix) }));
  const present = await existingDatabases(serverUrl, targets.map((t) => t.target));
  const occupied: string[] = [];
  for (const { target } of targets.filter((t) => present.has(t.target))) if (await holdsData(serverUrl, target)) occupied.push(target);
  if (occupied.length > 0 && !force) {
    throw new Error(`${occupied.join(", ")} already hold data: restore into a fresh server, or pass --force to replace them. Nothing was written.`);
  }
  for (const entry of targets) {
    if (occupied.includes(entry.target)) await dropDatabase(serverUrl, entry.target);
    await ensureDatabase(serverUrl, entry.target);
    const url = databaseUrl(serverUrl, entry.target);
    await runTool(tools.pgRestore, ["--exit-on-error", "--single-transaction", "--no-owner", "--no-acl", join(folder, entry.file)], url);
    const rows = await withDatabase(serverUrl, entry.target, countRows);
    const differing = Object.keys({ ...rows, ...entry.rows }).filter((table) => rows[table] !== entry.rows[table]);
    if (differing.length > 0) throw new Error(`${entry.target} restored with other row counts than the backup's in ${differing.join(", ")}.`);
    log(`${entry.target}: ${Object.values(rows).reduce((sum, n) => sum + n, 0)} rows in ${Object.keys(rows).length} tables, as backed up`);
  }
  return manifest;
}

/** Whether the database has any table, view or sequence of its own (a freshly created one has none). */
function holdsData(serverUrl: string, database: string): Promise<boolean> {
  return withDatabase(serverUrl, database, async (client) => {
    const { rowCount } = await client.query(
      `SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' LIMIT 1`,
    );
    return (rowCount ?? 0) > 0;
  });
}
