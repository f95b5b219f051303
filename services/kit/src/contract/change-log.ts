import { type DataSource } from "typeorm";

/** The two change logs a department keeps, each written by triggers in the writing transaction. */
export type ChangeLog = { table: "initiative_change"; key: "initiative_id" } | { table: "place_change"; key: "place_key" };

export interface ChangeLogPage {
  /** The changed keys of the page, each once, in log order. */
  keys: string[];
  /** Pass back as `after` for the next page; unchanged when there was nothing new. */
  cursor: string | null;
  hasMore: boolean;
}

/**
 * Reads the next page of a change log after `cursor`.
 *
 * Log rows are served in (transaction id, sequence) order and only once every transaction that
 * started before them has finished (`xid < pg_snapshot_xmin`). A sequence number alone is not
 * enough: a transaction can take a lower number and commit after a higher one was served, and
 * a cursor past it would skip it for ever. With this rule, when a row is served, every row that
 * sorts before it is already visible, so resuming after the last served row loses nothing.
 */
export async function readChangeLog(db: DataSource, log: ChangeLog, after: string | null, limit: number): Promise<ChangeLogPage> {
  const [xid, seq] = after ? decodeFeedCursor(after) : ["0", "0"];
  const rows: { xid: string; seq: string; key: string }[] = await db.query(
    // Ordered by the table's columns (c.xid, c.seq), not by the text copies the query returns:
    // "1000" sorts before "29" as text.
    `SELECT c.xid::text AS xid, c.seq::text AS seq, c.${log.key}::text AS key FROM ${log.table} c
      WHERE c.xid < pg_snapshot_xmin(pg_current_snapshot()) AND (c.xid, c.seq) > ($1::xid8, $2::bigint)
      ORDER BY c.xid, c.seq LIMIT $3`,
    [xid, seq, limit],
  );
  const last = rows[rows.length - 1];
  return {
    keys: [...new Set(rows.map((row) => row.key))],
    cursor: last ? encodeFeedCursor(last.xid, last.seq) : after,
    hasMore: rows.length === limit,
  };
}

export function encodeFeedCursor(xid: string, seq: string): string {
  return Buffer.from(`f1:${xid}:${seq}`, "utf8").toString("base64url");
}

// The columns' ranges: a transaction id is an unsigned 64-bit xid8, a sequence number a bigint. A
// cursor past them was never issued, and PostgreSQL would refuse the statement it went into.
const MAX_XID = 2n ** 64n - 1n;
const MAX_SEQ = 2n ** 63n - 1n;

export function decodeFeedCursor(cursor: string): [string, string] {
  const match = /^f1:(\d{1,20}):(\d{1,20})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match || BigInt(match[1]) > MAX_XID || BigInt(match[2]) > MAX_SEQ) throw new RangeError("not a feed cursor");
  return [match[1], match[2]];
}
