import { defineLoader, groupByKey, indexByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { BusinessCohort } from "./cohorts/business-cohort.entity.js";
import { BusinessServed } from "./cohorts/business-served.entity.js";
import { CommercialCorridor } from "./corridors/commercial-corridor.entity.js";
import { WorkforceGrant } from "./grants/workforce-grant.entity.js";

/** Commerce's per-request loaders: one statement per relation per request. */

export const corridorById = defineLoader<string, CommercialCorridor | null>("corridorById", async (ids, db) =>
  indexByKey(ids, await db.getRepository(CommercialCorridor).findBy({ id: In([...ids]) }), (c) => c.id),
);

export const cohortById = defineLoader<string, BusinessCohort | null>("cohortById", async (ids, db) =>
  indexByKey(ids, await db.getRepository(BusinessCohort).findBy({ id: In([...ids]) }), (c) => c.id),
);

export const cohortsByInitiative = defineLoader<string, BusinessCohort[]>("cohortsByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(BusinessCohort).find({ where: { initiativeId: In([...ids]) }, order: { startsOn: "ASC", name: "ASC" } }), (c) => c.initiativeId),
);

export const cohortsByCorridor = defineLoader<string, BusinessCohort[]>("cohortsByCorridor", async (ids, db) =>
  groupByKey(ids, await db.getRepository(BusinessCohort).find({ where: { corridorId: In([...ids]) }, order: { startsOn: "ASC", name: "ASC" } }), (c) => c.corridorId as string),
);

export const businessesByCohort = defineLoader<string, BusinessServed[]>("businessesByCohort", async (ids, db) =>
  groupByKey(ids, await db.getRepository(BusinessServed).find({ where: { cohortId: In([...ids]) }, order: { businessName: "ASC" } }), (b) => b.cohortId),
);

export const grantsByInitiative = defineLoader<string, WorkforceGrant[]>("grantsByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(WorkforceGrant).find({ where: { initiativeId: In([...ids]) }, order: { fiscalYear: "ASC", granteeName: "ASC" } }), (g) => g.initiativeId),
);
