import { upsertInitiatives, upsertRows } from "@dlhub/subgraph-kit";
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

/** Loads OIT's demo data in one transaction; running it again changes nothing. */
export async function seedIt(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const ids = await upsertInitiatives(manager, ItInitiative, initiatives);
    const initiativeId = (slug: string) => ids.get(slug) as string;
    const withInitiative = <R extends { initiative: string }>({ initiative, ...row }: R) => ({ ...row, initiativeId: initiativeId(initiative) });

    await upsertRows(manager, KeyspotSite, keyspotSites.map(withInitiative), ["slug"]);
    await upsertRows(manager, DigitalNavigatorProgram, navigatorPrograms.map(withInitiative), ["slug"]);
    await upsertRows(manager, DeviceDistributionEvent, deviceDistributions.map(withInitiative), ["initiativeId", "locationName", "heldOn"]);
    await upsertRows(manager, PitchAndPilotChallenge, pitchAndPilotChallenges.map(withInitiative), ["slug"]);

    await upsertRows(manager, GrantRound, grantRounds, ["slug"]);
    const rounds = await manager.getRepository(GrantRound).find({ select: { id: true, slug: true } });
    const roundId = new Map(rounds.map((r) => [r.slug, r.id]));
    const grantRows = grants.map(({ round, ...grant }) => ({ ...withInitiative(grant), roundId: roundId.get(round) as string }));
    await upsertRows(manager, DlaGrant, grantRows, ["roundId", "granteePartnerSlug"]);
  });
}
