import { defineLoader, groupByKey, indexByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { DepartmentFeed } from "../sync/department-feed.entity.js";
import { CatalogOutcome, CatalogPartner } from "./catalog-rows.entity.js";
import { Initiative } from "./initiative.entity.js";
import { Site } from "./site.entity.js";

/** The catalog's per-request loaders: one statement per relation per request. */

export const initiativeById = defineLoader<string, Initiative | null>("initiativeById", async (ids, db) =>
  indexByKey(ids, await db.getRepository(Initiative).findBy({ id: In([...ids]) }), (i) => i.id),
);

export const sitesByInitiative = defineLoader<string, Site[]>("sitesByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(Site).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (s) => s.initiativeId),
);

export const partnersByInitiative = defineLoader<string, CatalogPartner[]>("partnersByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(CatalogPartner).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (p) => p.initiativeId),
);

export const outcomesByInitiative = defineLoader<string, CatalogOutcome[]>("outcomesByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(CatalogOutcome).find({ where: { initiativeId: In([...ids]) }, order: { periodStart: "ASC" } }), (o) => o.initiativeId),
);

export const feedByName = defineLoader<string, DepartmentFeed | null>("feedByName", async (names, db) =>
  indexByKey(names, await db.getRepository(DepartmentFeed).findBy({ name: In([...names]) }), (f) => f.name),
);
