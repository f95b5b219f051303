import { createHash } from "node:crypto";
import { type DataSource } from "typeorm";

/** Distinct statement texts a process prepares; later ones run unprepared (see `preparedQuery`). */
export const MAX_PREPARED_STATEMENTS = 200;

/** The statement name of each text prepared: hashing a page's text again at every request was a visible share of it. */
const prepared = new Map<string, string>();

interface PgPool {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a hot path's statement as a named prepared statement, so PostgreSQL plans it once per
 * connection instead of at every request: the catalog page's planning took 0.3 ms of PostgreSQL's
 * 1.4 ms per page, and preparing it cut PostgreSQL's CPU per page by a third
 * (services/local-hub/src/bench/README.md). TypeORM's `query` sends every statement unnamed, so
 * this goes to its pool directly and tells the DataSource's logger, as TypeORM does, so the
 * statement counter sees it. Rows come back as `query` returns them (same driver, same parsers).
 *
 * The text must be built from fixed SQL only (values travel as parameters): its hash names it.
 * Each connection keeps what it prepared for its life, so the number of distinct texts is bounded:
 * past MAX_PREPARED_STATEMENTS a text runs unprepared, which no filter combination a caller
 * invents can turn into unbounded memory.
 */
export async function preparedQuery<Row>(dataSource: DataSource, text: string, values: unknown[]): Promise<Row[]> {
  let name = prepared.get(text);
  if (name === undefined) {
    if (prepared.size >= MAX_PREPARED_STATEMENTS) return dataSource.query(text, values) as Promise<Row[]>;
    name = `dlhub_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    prepared.set(text, name);
  }
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!pool) return dataSource.query(text, values) as Promise<Row[]>;
  dataSource.logger.logQuery(text, values);
  return (await pool.query({ name, text, values })).rows as Row[];
}
