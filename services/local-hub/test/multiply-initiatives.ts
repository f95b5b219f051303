import { type DataSource } from "typeorm";

interface ColumnInfo {
  table_name: string;
  column_name: string;
  data_type: string;
  column_default: string | null;
  is_primary: boolean;
  /** The first text column of a unique index that does not include initiative_id. */
  needs_suffix: boolean;
}

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

/**
 * Test data for "statements do not grow with rows": copies every initiative of a department
 * `times` times, with the rows that hang off it (classes, sites, cohorts, partners, outcomes…), in
 * any department's schema: each table with an `initiative_id` column is copied onto the new
 * initiatives, a text column of each unique key without the initiative gets a suffix, and generated keys are
 * generated afresh. Rows further down (a class's sessions) are not copied. Copies sort a whole set
 * at a time, by slug in a department (`c1-…`, `c10-…`) and by title in the catalog (`C001 …`), so a
 * page of one set's size or more holds every kind of initiative and its relations.
 */
export async function multiplyInitiatives(dataSource: DataSource, times: number): Promise<number> {
  return dataSource.transaction(async (db) => {
    await db.query(`CREATE TEMP TABLE copy_map ON COMMIT DROP AS
      SELECT i.id AS old_id, gen_random_uuid() AS new_id, g AS n FROM initiative i, generate_series(1, $1) g`, [times]);
    await db.query(`INSERT INTO initiative (id, slug, title, summary, kind, status, audiences, languages, pillars, start_date, end_date)
      SELECT m.new_id, 'c' || m.n || '-' || i.slug, 'C' || lpad(m.n::text, 3, '0') || ' ' || i.title, i.summary, i.kind, i.status, i.audiences, i.languages, i.pillars, i.start_date, i.end_date
      FROM initiative i JOIN copy_map m ON m.old_id = i.id`);
    const columns: ColumnInfo[] = await db.query(COLUMNS_SQL);
    const tables = [...new Set(columns.map((c) => c.table_name))];
    for (const table of tables) {
      const targets: string[] = [];
      const values: string[] = [];
      for (const column of columns.filter((c) => c.table_name === table)) {
        const name = `"${column.column_name}"`;
        if (column.column_name === "initiative_id") {
          targets.push(name);
          values.push("m.new_id");
        } else if (column.is_primary && column.column_default !== null) {
          continue; // generated afresh
        } else if (column.is_primary && column.data_type === "uuid") {
          targets.push(name);
          values.push("gen_random_uuid()");
        } else if (column.needs_suffix) {
          targets.push(name);
          values.push(`t.${name} || '-copy-' || m.n`);
        } else {
          targets.push(name);
          values.push(`t.${name}`);
        }
      }
      await db.query(`INSERT INTO "${table}" (${targets.join(", ")})
        SELECT ${values.join(", ")} FROM "${table}" t JOIN copy_map m ON m.old_id = t.initiative_id`);
    }
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM initiative`);
    return count as number;
  });
}
