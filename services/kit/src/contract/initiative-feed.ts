import {
  type Department,
  type InitiativeContract,
  type InitiativePartner,
  type InitiativeSite,
  type OutcomeMetric,
  InitiativePartner as PartnerEntity,
  OutcomeMetric as OutcomeEntity,
} from "@dlhub/schema";
import { type DataSource, In } from "typeorm";
import { groupByKey } from "../loaders.js";

export interface InitiativeFeedSource<T extends InitiativeContract> {
  department: Department;
  initiative: new () => T;
  sites(ids: readonly string[], db: DataSource): Promise<InitiativeSite[][]>;
}

/** An initiative's contract fields as the feed carries them: plain JSON, dates as strings. */
export type InitiativeSnapshot = Omit<InitiativeContract, "createdAt" | "updatedAt"> & {
  department: Department;
  updatedAt: string;
  sites: Omit<InitiativeSite, never>[];
  partners: Pick<InitiativePartner, "partnerSlug" | "name" | "role">[];
  outcomes: Pick<OutcomeMetric, "metric" | "value" | "periodStart" | "periodEnd">[];
};

export interface InitiativeFeedChange {
  initiativeId: string;
  /** Null when the initiative no longer exists: it has ended in the department. */
  initiative: InitiativeSnapshot | null;
}

export interface InitiativeFeedPage {
  department: Department;
  changes: InitiativeFeedChange[];
  /** Pass back as `after` for the next page; unchanged when there was nothing new. */
  cursor: string | null;
  hasMore: boolean;
}

export const MAX_FEED_PAGE = 500;

/**
 * Reads the next page of changed initiatives after `cursor`.
 *
 * Log rows are served in (transaction id, sequence) order and only once every transaction that
 * started before them has finished (`xid < pg_snapshot_xmin`). A sequence number alone is not
 * enough: a transaction can take a lower number and commit after a higher one was served, and
 * a cursor past it would skip it for ever. With this rule, when a row is served, every row that
 * sorts before it is already visible, so resuming after the last served row loses nothing.
 */
export async function readInitiativeFeed<T extends InitiativeContract>(
  source: InitiativeFeedSource<T>,
  db: DataSource,
  after: string | null,
  limit: number,
): Promise<InitiativeFeedPage> {
  const [xid, seq] = after ? decodeFeedCursor(after) : ["0", "0"];
  const rows: { xid: string; seq: string; initiative_id: string }[] = await db.query(
    // Ordered by the table's columns (c.xid, c.seq), not by the text copies the query returns:
    // "1000" sorts before "29" as text.
    `SELECT c.xid::text AS xid, c.seq::text AS seq, c.initiative_id FROM initiative_change c
      WHERE c.xid < pg_snapshot_xmin(pg_current_snapshot()) AND (c.xid, c.seq) > ($1::xid8, $2::bigint)
      ORDER BY c.xid, c.seq LIMIT $3`,
    [xid, seq, limit],
  );
  const last = rows[rows.length - 1];
  const ids = [...new Set(rows.map((row) => row.initiative_id))];
  return {
    department: source.department,
    changes: await snapshots(source, db, ids),
    cursor: last ? encodeFeedCursor(last.xid, last.seq) : after,
    hasMore: rows.length === limit,
  };
}

async function snapshots<T extends InitiativeContract>(source: InitiativeFeedSource<T>, db: DataSource, ids: string[]): Promise<InitiativeFeedChange[]> {
  if (ids.length === 0) return [];
  const [initiatives, sites, partners, outcomes] = await Promise.all([
    db.getRepository(source.initiative).findBy({ id: In(ids) } as never),
    source.sites(ids, db),
    db.getRepository(PartnerEntity).find({ where: { initiativeId: In(ids) }, order: { partnerSlug: "ASC" } }),
    db.getRepository(OutcomeEntity).find({ where: { initiativeId: In(ids) }, order: { periodStart: "ASC", metric: "ASC" } }),
  ]);
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const partnersOf = groupByKey(ids, partners, (p) => p.initiativeId);
  const outcomesOf = groupByKey(ids, outcomes, (o) => o.initiativeId);
  return ids.map((id, index) => {
    const found = byId.get(id);
    if (!found) return { initiativeId: id, initiative: null };
    const { createdAt: _created, updatedAt, ...fields } = found;
    return {
      initiativeId: id,
      initiative: {
        ...fields,
        department: source.department,
        updatedAt: updatedAt.toISOString(),
        sites: sites[index],
        partners: partnersOf[index].map(({ partnerSlug, name, role }) => ({ partnerSlug, name, role })),
        outcomes: outcomesOf[index].map(({ metric, value, periodStart, periodEnd }) => ({ metric, value, periodStart, periodEnd })),
      },
    };
  });
}

export function encodeFeedCursor(xid: string, seq: string): string {
  return Buffer.from(`f1:${xid}:${seq}`, "utf8").toString("base64url");
}

export function decodeFeedCursor(cursor: string): [string, string] {
  const match = /^f1:(\d{1,20}):(\d{1,20})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new RangeError("not a feed cursor");
  return [match[1], match[2]];
}
