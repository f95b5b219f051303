import { defineLoader, groupByKey, indexByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { AfterschoolComputerCamp } from "./camps/afterschool-computer-camp.entity.js";
import { ComputerLab } from "./computer-labs/computer-lab.entity.js";
import { RecreationCenter } from "./recreation-centers/recreation-center.entity.js";

/** Parks & Recreation's per-request loaders: one statement per relation per request. */

export const recreationCenterByAssetId = defineLoader<string, RecreationCenter | null>("recreationCenterByAssetId", async (assetIds, db) =>
  indexByKey(assetIds, await db.getRepository(RecreationCenter).findBy({ assetId: In([...assetIds]) }), (c) => c.assetId),
);

export const computerLabsByCenter = defineLoader<string, ComputerLab[]>("computerLabsByCenter", async (assetIds, db) =>
  groupByKey(assetIds, await db.getRepository(ComputerLab).find({ where: { centerAssetId: In([...assetIds]) }, order: { name: "ASC" } }), (l) => l.centerAssetId),
);

export const computerLabsByInitiative = defineLoader<string, ComputerLab[]>("computerLabsByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(ComputerLab).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (l) => l.initiativeId),
);

// Camps list in calendar order: season labels ("Fall 2024", "Spring 2025") do not sort as text.
export const afterschoolCampsByCenter = defineLoader<string, AfterschoolComputerCamp[]>("afterschoolCampsByCenter", async (assetIds, db) =>
  groupByKey(assetIds, await db.getRepository(AfterschoolComputerCamp).find({ where: { centerAssetId: In([...assetIds]) }, order: { startsOn: "ASC", title: "ASC" } }), (c) => c.centerAssetId),
);

export const afterschoolCampsByInitiative = defineLoader<string, AfterschoolComputerCamp[]>("afterschoolCampsByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(AfterschoolComputerCamp).find({ where: { initiativeId: In([...ids]) }, order: { startsOn: "ASC", title: "ASC" } }), (c) => c.initiativeId),
);
