import { type DataSource } from "typeorm";
import { DATABASE_HORIZON } from "../database/horizon.js";

/** The two change logs a department keeps, each written by triggers in the writing transaction. */
export type ChangeLog = { table: "initiative_change"; key: "initiative_id" } | { table: "place_change"; key: "place_key" };

export interface ChangeLogPage {
  /** The changed keys of the page, each once, in the order the page found their newest rows. */
  keys: string[];
  /** Pass back as `after` for the next page; unchanged when there was nothing new. */
  cursor: string | null;
  hasMore: boolean;
}

/** How many log rows one page may look through per key it serves, bounding a page's work when most rows are skipped. */
export const ROWS_PER_KEY = 20;

/**
 * Reads the next page of a change log after `cursor`: at most `limit` keys.
 *
 * Log rows are served in (transaction id, sequence) order and only once every transaction that
 * started before them and could write to this log has finished (`xid < ` DATABASE_HORIZON). A
 * sequence number alone is not enough: a transaction can take a lower number and commit after a
 * higher one was served, and a cursor past it would skip it for ever. With this rule, when a row
 * is served, every row that sorts before it is already visible, so resuming after the last
 * served row loses nothing.
 *
 * The feed is compacted: a row is passed over when an unread row of the same key with a higher
 * sequence number exists anywhere in the log (found on the log's index by key), and only the
 * key's newest unread row is served. A reader always gets the key's current state, read after
 * every row this statement saw had committed, so serving the key at each row would only send the
 * same thing again: an initiative written with its sites, partners and outcomes (a row each) or
 * edited many times is sent once, however far apart its rows lie. Passing a row over loses
 * nothing: the key's newest row is unread, so it is served in this page or a later one; should
 * newer rows of the key arrive by then, the newest of those is served instead. Rows already read
 * (before the cursor) never count: a row served earlier may have a higher sequence number than an
 * unread one whose transaction it did not see.
 */
export async function readChangeLog(db: DataSource, log: ChangeLog, after: string | null, limit: number): Promise<ChangeLogPage> {
  const budget = limit * ROWS_PER_KEY;
  const keys = new Set<string>();
  let cursor = after;
  let looked = 0;
  // The log is read in slices sized to what the page still needs, so a page of keys written a
  // few rows each (an initiative with its sites, partners and outcomes) probes about the rows it
  // serves, not the whole budget: the rows after the page's last key were probed and thrown away
  // (some 70% of a catch-up's feed work). Every slice starts after the last row of the one before,
  // all of which were taken.
  for (;;) {
    const wanted = limit - keys.size;
    const perKey = keys.size === 0 ? FIRST_ROWS_PER_KEY : Math.ceil((looked / keys.size) * 1.25);
    const slice = Math.min(budget - looked, Math.max(wanted * perKey, limit, MIN_SLICE));
    const rows = await readSlice(db, log, cursor, slice);
    let taken = 0;
    for (const row of rows) {
      if (row.latest) {
        if (keys.size === limit) break;
        // A later slice reads a newer snapshot: a key it finds written again is already in the page,
        // whose snapshot is read after every slice.
        keys.add(row.key);
      }
      taken += 1;
    }
    looked += taken;
    const last = rows[taken - 1];
    if (last) cursor = encodeFeedCursor(last.xid, last.seq);
    const logEnds = rows.length < slice;
    if (taken < rows.length || keys.size === limit || looked >= budget || logEnds) {
      return { keys: [...keys], cursor, hasMore: taken < rows.length || !logEnds };
    }
  }
}

/** The first slice's rows per key wanted: what an initiative written with a few sites, partners and outcomes logs. */
const FIRST_ROWS_PER_KEY = 4;
/** Fewer rows than this cost about what they cost to probe: a small page is read in one statement. */
const MIN_SLICE = 200;

/** `limit` log rows after `after`, each with whether it is its key's newest unread row. */
async function readSlice(db: DataSource, log: ChangeLog, after: string | null, limit: number) {
  const [xid, seq] = after ? decodeFeedCursor(after) : ["0", "0"];
  return (await db.query(
    // Ordered by the table's columns (a.xid, a.seq), not by the text copies the query returns:
    // "1000" sorts before "29" as text. The newer-row test is a probe per row on the index by
    // (key, seq), so a page costs the same however long the unread log is. The probe is fenced
    // (OFFSET 0) so that only the key and sequence can drive it: given the cursor condition too,
    // the planner estimated one row past a cursor at the end of a bulk write and walked the
    // commit-order index for every row instead (seconds a page). A subquery in the select list,
    // not a join, so stale statistics cannot turn it into a nested loop over the whole log.
    `SELECT a.xid::text AS xid, a.seq::text AS seq, a.key::text AS key,
            NOT EXISTS (SELECT 1 FROM (SELECT n.xid, n.seq FROM ${log.table} n WHERE n.${log.key} = a.key AND n.seq > a.seq OFFSET 0) newer
                         WHERE (newer.xid, newer.seq) > ($1::xid8, $2::bigint)) AS latest
       FROM (SELECT c.xid, c.seq, c.${log.key} AS key FROM ${log.table} c
              WHERE (c.xid, c.seq) > ($1::xid8, $2::bigint) AND c.xid < ${DATABASE_HORIZON}
              ORDER BY c.xid, c.seq LIMIT $3) a
      ORDER BY a.xid, a.seq`,
    [xid, seq, limit],
  )) as { xid: string; seq: string; key: string; latest: boolean }[];
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
