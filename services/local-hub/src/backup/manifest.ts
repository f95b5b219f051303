import { createHash } from "node:crypto";
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Client } from "pg";
import { z } from "zod";

export const MANIFEST_FILE = "manifest.json";

const databaseEntry = z.object({
  /** What owns the database: a department, `hub` or `registry`. */
  name: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Its name on the server it was backed up from. */
  database: z.string(),
  /** pg_dump's custom format, in the backup's folder. */
  file: z.string().regex(/^[a-z0-9_-]+\.dump$/),
  bytes: z.number().int(),
  sha256: z.string(),
  /** Each table's rows when the dump's snapshot was taken, `schema.table` → count. */
  rows: z.record(z.string(), z.number().int()),
});

const manifest = z.object({
  format: z.literal("dlhub-backup/1"),
  createdAt: z.string(),
  server: z.object({ version: z.string(), major: z.number().int() }),
  pgDump: z.object({ version: z.string(), major: z.number().int() }),
  databases: z.array(databaseEntry).min(1),
});

export type Manifest = z.infer<typeof manifest>;
export type ManifestDatabase = z.infer<typeof databaseEntry>;

export function writeManifest(folder: string, value: Manifest): void {
  writeFileSync(join(folder, MANIFEST_FILE), `${JSON.stringify(value, null, 2)}\n`);
}

export function readManifest(folder: string): Manifest {
  let text: string;
  try {
    text = readFileSync(join(folder, MANIFEST_FILE), "utf8");
  } catch {
    throw new Error(`${folder} holds no ${MANIFEST_FILE}: is it a folder \`npm run backup\` wrote?`);
  }
  const parsed = manifest.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${join(folder, MANIFEST_FILE)} is not a DL Hub backup manifest: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function sha256Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject);
  });
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table of the connected database (found in the catalog, so new tables count too) and its rows. */
export async function countRows(client: Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ schema: string; table: string }>(
    `SELECT n.nspname AS schema, c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
      ORDER BY 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const { schema, table } of tables) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(schema)}.${quote(table)}`);
    counts[`${schema}.${table}`] = rows[0].n;
  }
  return counts;
}

/** `SHOW server_version` of the connected server, e.g. { version: "18.4", major: 18 }. */
export async function serverVersion(client: Client): Promise<{ version: string; major: number }> {
  const { rows } = await client.query<{ version: string; num: string }>(
    "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num",
  );
  return { version: rows[0].version, major: Math.floor(Number(rows[0].num) / 10_000) };
}
