import { type EntityManager } from "typeorm";

/** Where a reader stands in one of a department's two feeds. */
export interface FeedPosition {
  department: string;
  /** The department_feed column holding the feed's cursor. */
  column: "cursor" | "place_cursor";
  /** The cursor the page was read after. */
  from: string | null;
}

/**
 * Locks the department's feed row for the page's transaction and tells whether its stored cursor
 * is still the one the page was read after. Only one copy of the hub syncs at a time (advisory-lock
 * leadership), but for a moment around a takeover an old leader may still be finishing a page.
 * The row lock makes two readers apply pages one after the other (interleaved, both would delete
 * an initiative's old sites and both insert the new ones, doubling them), and the check makes the
 * later one see that the feed moved on, so an older page never lands over a newer one.
 */
export async function claimPage(db: EntityManager, position: FeedPosition): Promise<boolean> {
  const rows: { cursor: string | null }[] = await db.query(
    `SELECT ${position.column} AS cursor FROM department_feed WHERE name = $1 FOR UPDATE`,
    [position.department],
  );
  return rows.length === 1 && rows[0].cursor === position.from;
}
