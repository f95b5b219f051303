import { type DataSource, type EntityManager } from "typeorm";

/**
 * Logs and bookkeeping rather than data: the change logs, the data version and the audit are
 * written by the department's own triggers and writes (copies enter the feeds and advance the
 * data version that way), and migrations are the schema's history.
 */
const NOT_DATA = new Set(["migrations", "initiative_change", "place_change", "data_version", "audit_log"]);

interface Column {
  table: string;
  name: string;
  type: string;
  identity: string;
}

interface Key {
  table: string;
  columns: string[];
  primary: boolean;
}

interface Reference {
  table: string;
  column: string;
  target: string;
  targetColumn: string;
}

/** How a copy's column gets its value. */
type Rule = { kind: "same" } | { kind: "fresh"; generate: string } | { kind: "suffixed" } | { kind: "follows"; target: string; targetColumn: string };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const TEXT = new Set(["text", "character varying"]);

/**
 * Test data: adds `times` copies of every row of every table a department owns — initiatives and
 * all they reference: sites, branches, centres, corridors, classes and their sessions, venues,
 * grant rounds… — in one transaction. Each copy is a whole second department: copy n's rows
 * reference copy n's rows (new keys for uuid and serial keys, `-copy<n>` after text keys and
 * other unique text), so a list of initiatives reaches as many distinct related rows as it has
 * initiatives, and a per-row query on any relation shows in a statement count. Returns each
 * table's rows afterwards.
 */
export async function multiplyDepartmentData(dataSource: DataSource, times: number): Promise<Record<string, number>> {
  return dataSource.transaction(async (db) => {
    const { columns, keys, references } = await readSchema(db);
    const tables = inDependencyOrder([...new Set(columns.map((c) => c.table))], references);
    const rules = new Map<string, Rule>();
    const rule = (table: string, column: string) => rules.get(`${table}.${column}`) ?? { kind: "same" };
    for (const table of tables) {
      for (const [column, columnRule] of keyRules(table, columns, keys, references)) rules.set(`${table}.${column}`, columnRule);
    }
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const own = columns.filter((c) => c.table === table);
      const fresh = own.find((c) => rule(table, c.name).kind === "fresh");
      if (fresh) {
        const generate = (rule(table, fresh.name) as { generate: string }).generate;
        await db.query(`CREATE TEMP TABLE ${quote(`copy_${table}`)} ON COMMIT DROP AS
          SELECT g AS n, t.${quote(fresh.name)} AS old_key, ${generate} AS new_key FROM ${quote(table)} t, generate_series(1, $1) g`, [times]);
      }
      const joins: string[] = [];
      const values = own.map((column) => {
        const columnRule = rule(table, column.name);
        if (columnRule.kind === "same") return `t.${quote(column.name)}`;
        if (columnRule.kind === "suffixed") return `t.${quote(column.name)} || '-copy' || g.n`;
        if (columnRule.kind === "fresh") {
          joins.push(`JOIN ${quote(`copy_${table}`)} self ON self.old_key = t.${quote(column.name)} AND self.n = g.n`);
          return "self.new_key";
        }
        const target = rule(columnRule.target, columnRule.targetColumn);
        if (target.kind === "suffixed") return `t.${quote(column.name)} || '-copy' || g.n`;
        if (target.kind === "fresh") {
          const alias = `r${joins.length}`;
          joins.push(`LEFT JOIN ${quote(`copy_${columnRule.target}`)} ${alias} ON ${alias}.old_key = t.${quote(column.name)} AND ${alias}.n = g.n`);
          return `${alias}.new_key`;
        }
        throw new Error(`${table}.${column.name} references ${columnRule.target}.${columnRule.targetColumn}, which copies keep: copy ${columnRule.target} with a new key`);
      });
      const overriding = own.some((c) => c.identity === "a") ? "OVERRIDING SYSTEM VALUE" : "";
      await db.query(
        `INSERT INTO ${quote(table)} (${own.map((c) => quote(c.name)).join(", ")}) ${overriding}
         SELECT ${values.join(", ")} FROM ${quote(table)} t CROSS JOIN generate_series(1, $1) AS g(n) ${joins.join(" ")}`,
        [times],
      );
      const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM ${quote(table)}`)) as { count: number }[];
      counts[table] = count;
    }
    return counts;
  });
}

/**
 * What copies must change in one table: a new value for a uuid or serial key, a suffix for a text
 * key and for the text of any unique constraint nothing else makes unique, and the same copy's
 * row for every reference.
 */
function keyRules(table: string, columns: Column[], keys: Key[], references: Reference[]): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  const column = (name: string) => columns.find((c) => c.table === table && c.name === name) as Column;
  for (const reference of references.filter((r) => r.table === table)) {
    rules.set(reference.column, { kind: "follows", target: reference.target, targetColumn: reference.targetColumn });
  }
  const primary = keys.find((k) => k.table === table && k.primary);
  if (primary?.columns.length === 1 && !rules.has(primary.columns[0])) {
    const key = column(primary.columns[0]);
    if (key.type === "uuid") rules.set(key.name, { kind: "fresh", generate: "gen_random_uuid()" });
    else if (TEXT.has(key.type)) rules.set(key.name, { kind: "suffixed" });
    else if (key.identity || /^(integer|bigint|smallint)$/.test(key.type)) {
      rules.set(key.name, { kind: "fresh", generate: `nextval(pg_get_serial_sequence('${quote(table)}', '${key.name}'))` });
    }
  }
  for (const key of keys.filter((k) => k.table === table)) {
    if (key.columns.some((name) => rules.has(name))) continue;
    const text = key.columns.find((name) => TEXT.has(column(name).type));
    if (!text) throw new Error(`copies of ${table} would break its unique key (${key.columns.join(", ")}): it has no text column to suffix`);
    rules.set(text, { kind: "suffixed" });
  }
  return rules;
}

/** Tables in an order where every table comes after those it references. */
function inDependencyOrder(tables: string[], references: Reference[]): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table)) return;
    if (visiting.has(table)) throw new Error(`${table} is part of a cycle of references, which copies cannot follow`);
    visiting.add(table);
    for (const reference of references.filter((r) => r.table === table && r.target !== table)) visit(reference.target);
    visiting.delete(table);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

async function readSchema(db: EntityManager): Promise<{ columns: Column[]; keys: Key[]; references: Reference[] }> {
  const tables = `SELECT c.oid, c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'`;
  const columns: Column[] = await db.query(`
    SELECT t.relname AS "table", a.attname AS "name", format_type(a.atttypid, NULL) AS "type", a.attidentity AS "identity"
    FROM (${tables}) t JOIN pg_attribute a ON a.attrelid = t.oid
    WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY t.relname, a.attnum`);
  const keys: (Key & { expression: boolean })[] = await db.query(`
    SELECT t.relname AS "table", x.indisprimary AS "primary", 0 = ANY(x.indkey::int2[]) AS "expression",
      ARRAY(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(num, position)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.num ORDER BY k.position) AS "columns"
    FROM (${tables}) t JOIN pg_index x ON x.indrelid = t.oid WHERE x.indisunique`);
  const references: (Reference & { width: number })[] = await db.query(`
    SELECT t.relname AS "table", f.relname AS "target", cardinality(k.conkey) AS "width",
      (SELECT attname FROM pg_attribute WHERE attrelid = k.conrelid AND attnum = k.conkey[1]) AS "column",
      (SELECT attname FROM pg_attribute WHERE attrelid = k.confrelid AND attnum = k.confkey[1]) AS "targetColumn"
    FROM (${tables}) t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'f' JOIN pg_class f ON f.oid = k.confrelid`);
  const data = (table: string) => !NOT_DATA.has(table);
  for (const key of keys.filter((k) => data(k.table) && k.expression)) throw new Error(`${key.table} has a unique index on an expression, which copies cannot keep unique`);
  for (const reference of references.filter((r) => data(r.table) && r.width > 1)) {
    throw new Error(`${reference.table} references ${reference.target} by several columns, which copies cannot follow`);
  }
  return {
    columns: columns.filter((c) => data(c.table)),
    keys: keys.filter((k) => data(k.table)),
    references: references.filter((r) => data(r.table) && data(r.target)),
  };
}
