import { type DataSource } from "typeorm";

interface ColumnInfo {
  table_name: string;
  column_name: string;
  data_type: string;
  column_default: string | null;
  is_primary: boolean;
  /** The first text column of a unique index without initiative_id: copies need it made unique. */
  needs_suffix: boolean;
}

// Every column of every table that hangs off an initiative (has initiative_id), in any
// department's schema, with what a copy must do about its keys. The change log is left out: the
// department's own triggers write it for the copied initiatives, which is how the hub hears of them.
const COLUMNS_SQL = `
  WITH uniques AS (
    SELECT x.indrelid, x.indisprimary, x.indkey::int2[] AS columns FROM pg_index x WHERE x.indisunique
  )
  SELECT c.table_name, c.column_name, c.data_type, c.column_default,
    EXISTS (SELECT 1 FROM uniques u JOIN pg_attribute a ON a.attrelid = u.indrelid AND a.attnum = ANY(u.columns)
            WHERE u.indrelid = quote_ident(c.table_name)::regclass AND u.indisprimary AND a.attname = c.column_name) AS is_primary,
    EXISTS (SELECT 1 FROM uniques u
            WHERE u.indrelid = quote_ident(c.table_name)::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = u.indrelid AND a.attnum = ANY(u.columns) AND a.attname = 'initiative_id')
              AND (SELECT a.attname FROM pg_attribute a JOIN information_schema.columns t
                     ON t.table_schema = 'public' AND t.table_name = c.table_name AND t.column_name = a.attname
                   WHERE a.attrelid = u.indrelid AND a.attnum = ANY(u.columns) AND t.data_type IN ('text', 'character varying')
                   ORDER BY a.attnum LIMIT 1) = c.column_name) AS needs_suffix
  FROM information_schema.columns c
  WHERE c.table_schema = 'public' AND c.table_name IN (
    SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'initiative_id'
      AND table_name <> 'initiative_change')
  ORDER BY c.table_name, c.ordinal_position`;

/** What a copied row's column gets: the same value, a fresh key, or a suffixed unique text. */
function copiedValue(column: ColumnInfo): string | null {
  const name = `"${column.column_name}"`;
  if (column.column_name === "initiative_id") return "m.new_id";
  if (column.is_primary && column.column_default !== null) return null; // the default generates it
  if (column.is_primary && column.data_type === "uuid") return "gen_random_uuid()";
  if (column.needs_suffix) return `t.${name} || '-copy-' || m.n`;
  return `t.${name}`;
}

/**
 * Bench and test data: adds `times` copies of every initiative of one department, with the rows
 * that hang off each (sites, partners, outcomes, classes, cohorts…), in one transaction. Copies
 * sort a whole set at a time, by slug in a department (`c1-…`, `c10-…`) and by title in the
 * catalog (`C0001 …`), so a page of one set's size or more holds every kind of initiative. Rows further down
 * (a class's sessions) are not copied. Copies keep the original's audiences, languages and words,
 * so filtered and searched pages grow with the catalog. Returns the department's initiatives now.
 */
export async function multiplyInitiatives(dataSource: DataSource, times: number): Promise<number> {
  return dataSource.transaction(async (db) => {
    await db.query(`CREATE TEMP TABLE copy_map ON COMMIT DROP AS
      SELECT i.id AS old_id, gen_random_uuid() AS new_id, g AS n FROM initiative i, generate_series(1, $1) g`, [times]);
    // A copy of demo data is demo data: it keeps the original's flag.
    await db.query(`INSERT INTO initiative (id, slug, title, summary, kind, status, audiences, languages, pillars, start_date, end_date, is_demo)
      SELECT m.new_id, 'c' || m.n || '-' || i.slug, 'C' || lpad(m.n::text, 4, '0') || ' ' || i.title, i.summary,
        i.kind, i.status, i.audiences, i.languages, i.pillars, i.start_date, i.end_date, i.is_demo
      FROM initiative i JOIN copy_map m ON m.old_id = i.id`);
    const columns: ColumnInfo[] = await db.query(COLUMNS_SQL);
    for (const table of new Set(columns.map((c) => c.table_name))) {
      const copied = columns
        .filter((c) => c.table_name === table)
        .map((c) => ({ target: `"${c.column_name}"`, value: copiedValue(c) }))
        .filter((c): c is { target: string; value: string } => c.value !== null);
      await db.query(`INSERT INTO "${table}" (${copied.map((c) => c.target).join(", ")})
        SELECT ${copied.map((c) => c.value).join(", ")} FROM "${table}" t JOIN copy_map m ON m.old_id = t.initiative_id`);
    }
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM initiative`)) as { count: number }[];
    return count;
  });
}
