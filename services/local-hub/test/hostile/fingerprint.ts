/** What a fingerprint reads through: a TypeORM DataSource, or any connection that answers rows. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any[]>;
}

/**
 * Columns a running hub changes by itself whatever the requests: the catalog sync stamps each
 * department's feed with the time of every round it reads. Everything else of every table must
 * stay exactly as it was.
 */
export const CLOCKS: Record<string, string[]> = {
  department_feed: ["last_attempt_at", "last_synced_at", "places_synced_at"],
};

/**
 * Bookkeeping of when writes happened, not data (kit: data-version.ts): a restart's writes that
 * change nothing (the same departments registered again) still move it.
 */
const WRITE_RECORDS = new Set(["data_version"]);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Every table of one database, found in the catalog rather than listed by hand (a table added
 * later is covered too): its row count and an md5 of all its rows in a fixed order. `ignored`
 * columns are left out: by default the clocks of a running hub; `{}` compares every column.
 */
export async function fingerprintDatabase(db: Queryable, ignored: Record<string, string[]> = CLOCKS): Promise<Record<string, string>> {
  const tables: { schema: string; table: string }[] = await db.query(
    `SELECT n.nspname AS schema, c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
      ORDER BY 1, 2`,
  );
  const prints: Record<string, string> = {};
  for (const { schema, table } of tables) {
    if (WRITE_RECORDS.has(table)) continue;
    const name = `${quote(schema)}.${quote(table)}`;
    const columns: { name: string }[] = await db.query(
      `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      [name],
    );
    const kept = columns.map((c) => c.name).filter((column) => !ignored[table]?.includes(column));
    const row = `ROW(${kept.map((column) => `t.${quote(column)}`).join(", ")})::text`;
    const [{ rows, digest }]: { rows: number; digest: string | null }[] = await db.query(
      `SELECT count(*)::int AS rows, md5(string_agg(${row}, E'\\n' ORDER BY ${row})) AS digest FROM ${name} t`,
    );
    prints[`${schema}.${table}`] = `${rows} rows ${digest ?? "-"}`;
  }
  return prints;
}
