import { defineLoader, groupByKey, indexByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { PitchAndPilotChallenge } from "./challenges/pitch-and-pilot-challenge.entity.js";
import { DeviceDistributionEvent } from "./devices/device-distribution-event.entity.js";
import { DlaGrant } from "./grants/dla-grant.entity.js";
import { GrantRound } from "./grants/grant-round.entity.js";
import { KeyspotSite } from "./keyspots/keyspot-site.entity.js";
import { DigitalNavigatorProgram } from "./navigators/digital-navigator-program.entity.js";

/** OIT's per-request loaders: one statement per relation per request, however many rows ask. */

export const keyspotSiteById = defineLoader<string, KeyspotSite | null>("keyspotSiteById", async (ids, db) =>
  indexByKey(ids, await db.getRepository(KeyspotSite).findBy({ id: In([...ids]) }), (s) => s.id),
);

export const keyspotSitesByInitiative = defineLoader<string, KeyspotSite[]>("keyspotSitesByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(KeyspotSite).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (s) => s.initiativeId),
);

export const keyspotSitesByBranch = defineLoader<string, KeyspotSite[]>("keyspotSitesByBranch", async (codes, db) =>
  groupByKey(codes, await db.getRepository(KeyspotSite).find({ where: { hostBranchCode: In([...codes]) }, order: { name: "ASC" } }), (s) => s.hostBranchCode as string),
);

export const keyspotSitesByRecreationCenter = defineLoader<string, KeyspotSite[]>("keyspotSitesByRecreationCenter", async (assetIds, db) =>
  groupByKey(
    assetIds,
    await db.getRepository(KeyspotSite).find({ where: { hostRecreationCenterAssetId: In([...assetIds]) }, order: { name: "ASC" } }),
    (s) => s.hostRecreationCenterAssetId as string,
  ),
);

export const grantRoundById = defineLoader<string, GrantRound | null>("grantRoundById", async (ids, db) =>
  indexByKey(ids, await db.getRepository(GrantRound).findBy({ id: In([...ids]) }), (r) => r.id),
);

export const grantsByRound = defineLoader<string, DlaGrant[]>("grantsByRound", async (ids, db) =>
  groupByKey(ids, await db.getRepository(DlaGrant).find({ where: { roundId: In([...ids]) }, order: { granteeName: "ASC" } }), (g) => g.roundId),
);

export const grantsByInitiative = defineLoader<string, DlaGrant[]>("grantsByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(DlaGrant).find({ where: { initiativeId: In([...ids]) }, order: { granteeName: "ASC" } }), (g) => g.initiativeId),
);

export const navigatorProgramsByInitiative = defineLoader<string, DigitalNavigatorProgram[]>("navigatorProgramsByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(DigitalNavigatorProgram).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (p) => p.initiativeId),
);

export const deviceDistributionsByInitiative = defineLoader<string, DeviceDistributionEvent[]>("deviceDistributionsByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(DeviceDistributionEvent).find({ where: { initiativeId: In([...ids]) }, order: { heldOn: "ASC" } }), (e) => e.initiativeId),
);

export const pitchAndPilotChallengesByInitiative = defineLoader<string, PitchAndPilotChallenge[]>("pitchAndPilotChallengesByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(PitchAndPilotChallenge).find({ where: { initiativeId: In([...ids]) }, order: { launchedOn: "ASC" } }), (c) => c.initiativeId),
);
