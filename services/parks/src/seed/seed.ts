import { upsertInitiatives, upsertRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { AfterschoolComputerCamp } from "../camps/afterschool-computer-camp.entity.js";
import { ComputerLab } from "../computer-labs/computer-lab.entity.js";
import { ParksInitiative } from "../initiatives/parks-initiative.entity.js";
import { RecreationCenter } from "../recreation-centers/recreation-center.entity.js";
import { afterschoolCamps, computerLabs, initiatives } from "./demo-data.js";
import { recreationCenters } from "./recreation-centers.js";

/** Loads the Parks & Recreation demo data in one transaction; running it again changes nothing. */
export async function seedParks(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await upsertRows(manager, RecreationCenter, recreationCenters, ["assetId"]);
    const ids = await upsertInitiatives(manager, ParksInitiative, initiatives);
    const initiativeId = (slug: string) => ids.get(slug) as string;
    await upsertRows(manager, ComputerLab, computerLabs.map(({ initiative, ...l }) => ({ ...l, initiativeId: initiativeId(initiative) })), ["slug"]);
    await upsertRows(
      manager,
      AfterschoolComputerCamp,
      afterschoolCamps.map(({ initiative, ...c }) => ({ ...c, initiativeId: initiativeId(initiative) })),
      ["initiativeId", "centerAssetId", "season"],
    );
  });
}
