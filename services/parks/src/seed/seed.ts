import { seedDemoPlaces, upsertDemoInitiatives, upsertRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { AfterschoolComputerCamp } from "../camps/afterschool-computer-camp.entity.js";
import { ComputerLab } from "../computer-labs/computer-lab.entity.js";
import { ParksInitiative } from "../initiatives/parks-initiative.entity.js";
import { RecreationCenter } from "../recreation-centers/recreation-center.entity.js";
import { afterschoolCamps, computerLabs, initiatives } from "./demo-data.js";
import { recreationCenters } from "./recreation-centers.js";

/**
 * Loads the Parks & Recreation demo data in one transaction; running it again changes nothing.
 * Labs and camps are demo rows of a demo initiative at a demo centre: once the City's sites are
 * imported (the demo centres retired) or an initiative is real, they are left out, never attached
 * to real rows.
 */
export async function seedParks(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const centersSeeded = await seedDemoPlaces(manager, RecreationCenter, recreationCenters, ["assetId"]);
    const ids = await upsertDemoInitiatives(manager, ParksInitiative, initiatives);
    const ofDemoRows = (row: { initiative: string }) => centersSeeded && ids.has(row.initiative);
    const initiativeId = (slug: string) => ids.get(slug) as string;
    await upsertRows(manager, ComputerLab, computerLabs.filter(ofDemoRows).map(({ initiative, ...l }) => ({ ...l, initiativeId: initiativeId(initiative) })), ["slug"]);
    await upsertRows(
      manager,
      AfterschoolComputerCamp,
      afterschoolCamps.filter(ofDemoRows).map(({ initiative, ...c }) => ({ ...c, initiativeId: initiativeId(initiative) })),
      ["initiativeId", "centerAssetId", "season"],
    );
  });
}
