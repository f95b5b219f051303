import { defineLoader, groupByKey, indexByKey, plainRows } from "@dlhub/subgraph-kit";
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from "typeorm";
import { DepartmentFeed } from "../sync/department-feed.entity.js";
import { CatalogOutcome, CatalogPartner } from "./catalog-rows.entity.js";
import { Initiative } from "./initiative.entity.js";
import { Site } from "./site.entity.js";

/** The catalog's per-request loaders: one statement per relation per request. */

/**
 * The rows of a catalog table belonging to some initiatives, as plain objects (plainRows): every
 * catalog page reads these, so they skip TypeORM's query builder and hydration. `orderBy` is a
 * fixed column list written here, never a value.
 */
function rowsOfInitiatives<T extends ObjectLiteral & { initiativeId: string }>(entity: EntityTarget<T>, orderBy: string) {
  return async (ids: readonly string[], db: DataSource): Promise<T[][]> => {
    const rows = plainRows(db, entity, "r");
    const raw = (await db.query(`SELECT ${rows.select} FROM ${rows.from} WHERE r.initiative_id = ANY($1::uuid[]) ORDER BY ${orderBy}`, [ids])) as Record<string, unknown>[];
    return groupByKey(ids, rows.hydrate(raw), (row) => row.initiativeId);
  };
}

export const initiativeById = defineLoader<string, Initiative | null>("initiativeById", async (ids, db) =>
  indexByKey(ids, await db.getRepository(Initiative).findBy({ id: In([...ids]) }), (i) => i.id),
);

export const sitesByInitiative = defineLoader<string, Site[]>("sitesByInitiative", rowsOfInitiatives(Site, "r.name"));

export const partnersByInitiative = defineLoader<string, CatalogPartner[]>("partnersByInitiative", rowsOfInitiatives(CatalogPartner, "r.name"));

export const outcomesByInitiative = defineLoader<string, CatalogOutcome[]>("outcomesByInitiative", rowsOfInitiatives(CatalogOutcome, "r.period_start"));

export const feedByName = defineLoader<string, DepartmentFeed | null>("feedByName", async (names, db) =>
  indexByKey(names, await db.getRepository(DepartmentFeed).findBy({ name: In([...names]) }), (f) => f.name),
);
