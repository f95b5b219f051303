import {
  type Department,
  type InitiativeContract,
  type InitiativePartner,
  type InitiativeSite,
  type OutcomeMetric,
  InitiativePartner as PartnerEntity,
  OutcomeMetric as OutcomeEntity,
} from "@dlhub/schema";
import { type DataSource } from "typeorm";
import { plainRows } from "../database/plain-rows.js";
import { groupByKey } from "../loaders.js";
import { readChangeLog } from "./change-log.js";
import { type DepartmentOfFeed, departmentOfFeed } from "./feed-department.js";

export interface InitiativeFeedSource<T extends InitiativeContract> {
  /** The department's registered id, its subgraph name. */
  departmentId: string;
  /** Its value of the closed, deprecated enum; only the departments the enum lists have one. */
  legacyDepartment?: Department;
  initiative: new () => T;
  sites(ids: readonly string[], db: DataSource): Promise<InitiativeSite[][]>;
}

/** An initiative's contract fields as the feed carries them: plain JSON, dates as strings. */
export type InitiativeSnapshot = Omit<InitiativeContract, "createdAt" | "updatedAt"> & DepartmentOfFeed & {
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

export interface InitiativeFeedPage extends DepartmentOfFeed {
  changes: InitiativeFeedChange[];
  /** Pass back as `after` for the next page; unchanged when there was nothing new. */
  cursor: string | null;
  hasMore: boolean;
}

export const MAX_FEED_PAGE = 500;

/** Reads the next page of changed initiatives after `cursor` (see readChangeLog for the order). */
export async function readInitiativeFeed<T extends InitiativeContract>(
  source: InitiativeFeedSource<T>,
  db: DataSource,
  after: string | null,
  limit: number,
): Promise<InitiativeFeedPage> {
  const { keys, cursor, hasMore } = await readChangeLog(db, { table: "initiative_change", key: "initiative_id" }, after, limit);
  return { ...departmentOfFeed(source), changes: await snapshots(source, db, keys), cursor, hasMore };
}

async function snapshots<T extends InitiativeContract>(source: InitiativeFeedSource<T>, db: DataSource, ids: string[]): Promise<InitiativeFeedChange[]> {
  if (ids.length === 0) return [];
  // Plain rows, not TypeORM's find: a catch-up reads hundreds of initiatives with their partners
  // and outcomes a page, and hydrating them through the query builder was the feed's largest cost
  // in Node. Same values (plainRows converts each as TypeORM does), same order.
  const initiative = plainRows<T>(db, source.initiative, "i");
  const partner = plainRows(db, PartnerEntity, "p");
  const outcome = plainRows(db, OutcomeEntity, "o");
  const [initiatives, sites, partners, outcomes] = await Promise.all([
    db.query(`SELECT ${initiative.select} FROM ${initiative.from} WHERE i.id = ANY($1::uuid[])`, [ids]).then(initiative.hydrate),
    source.sites(ids, db),
    db.query(`SELECT ${partner.select} FROM ${partner.from} WHERE p.initiative_id = ANY($1::uuid[]) ORDER BY "partnerSlug"`, [ids]).then(partner.hydrate),
    db
      .query(`SELECT ${outcome.select} FROM ${outcome.from} WHERE o.initiative_id = ANY($1::uuid[]) ORDER BY "periodStart", "metric"`, [ids])
      .then(outcome.hydrate),
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
        ...departmentOfFeed(source),
        updatedAt: updatedAt.toISOString(),
        sites: sites[index],
        partners: partnersOf[index].map(({ partnerSlug, name, role }) => ({ partnerSlug, name, role })),
        outcomes: outcomesOf[index].map(({ metric, value, periodStart, periodEnd }) => ({ metric, value, periodStart, periodEnd })),
      },
    };
  });
}
