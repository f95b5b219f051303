import { hasRealRows, seedDemoPlaces, upsertDemoInitiatives, upsertRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { PitchAndPilotChallenge } from "../challenges/pitch-and-pilot-challenge.entity.js";
import { DeviceDistributionEvent } from "../devices/device-distribution-event.entity.js";
import { DlaGrant } from "../grants/dla-grant.entity.js";
import { GrantRound } from "../grants/grant-round.entity.js";
import { ItInitiative } from "../initiatives/it-initiative.entity.js";
import { KeyspotSite } from "../keyspots/keyspot-site.entity.js";
import { DigitalNavigatorProgram } from "../navigators/digital-navigator-program.entity.js";
import { initiatives } from "./demo-data.js";
import { keyspotSites } from "./demo-keyspot-sites.js";
import { deviceDistributions, grantRounds, grants, navigatorPrograms, pitchAndPilotChallenges } from "./demo-programs.js";

/**
 * Loads OIT's demo data in one transaction; running it again changes nothing. Demo rows attach
 * only to demo initiatives: once an import has made `keyspot-network` or the grants initiative
 * real, their demo KEYSPOTs and grants are left out, and once real KEYSPOTs or grant rounds are
 * imported the demo ones stay retired.
 */
export async function seedIt(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const ids = await upsertDemoInitiatives(manager, ItInitiative, initiatives);
    const ofDemoInitiative = <R extends { initiative: string }>(rows: R[]) =>
      rows.filter((row) => ids.has(row.initiative)).map(({ initiative, ...row }) => ({ ...row, initiativeId: ids.get(initiative) as string }));

    await seedDemoPlaces(manager, KeyspotSite, ofDemoInitiative(keyspotSites), ["slug"]);
    await upsertRows(manager, DigitalNavigatorProgram, ofDemoInitiative(navigatorPrograms), ["slug"]);
    await seedDemoPlaces(manager, DeviceDistributionEvent, ofDemoInitiative(deviceDistributions), ["initiativeId", "locationName", "heldOn"]);
    await upsertRows(manager, PitchAndPilotChallenge, ofDemoInitiative(pitchAndPilotChallenges), ["slug"]);

    if (await hasRealRows(manager, GrantRound)) return;
    await upsertRows(manager, GrantRound, grantRounds.map((round) => ({ ...round, isDemo: true })), ["slug"]);
    const rounds = await manager.getRepository(GrantRound).find({ select: { id: true, slug: true }, where: { isDemo: true } });
    const roundId = new Map(rounds.map((r) => [r.slug, r.id]));
    const grantRows = ofDemoInitiative(grants).map(({ round, ...grant }) => ({ ...grant, roundId: roundId.get(round) as string, isDemo: true }));
    await upsertRows(manager, DlaGrant, grantRows, ["roundId", "granteePartnerSlug"]);
  });
}
