import { upsertInitiatives, upsertRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { ImmigrantAffairsInitiative } from "../initiatives/immigrant-affairs-initiative.entity.js";
import { LanguageAccessService } from "../language-access/language-access-service.entity.js";
import { ImmigrantAffairsVenue } from "../venues/immigrant-affairs-venue.entity.js";
import { initiatives } from "./demo-data.js";
import { languageAccessServices } from "./demo-language-access.js";
import { venues } from "./demo-venues.js";

/** Loads the Office of Immigrant Affairs demo data in one transaction; running it again changes nothing. */
export async function seedImmigrantAffairs(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const ids = await upsertInitiatives(manager, ImmigrantAffairsInitiative, initiatives);
    const initiativeId = (slug: string) => ids.get(slug) as string;
    await upsertRows(manager, ImmigrantAffairsVenue, venues.map(({ initiative, ...venue }) => ({ ...venue, initiativeId: initiativeId(initiative) })), ["slug"]);
    await upsertRows(
      manager,
      LanguageAccessService,
      languageAccessServices.map(({ initiative, ...service }) => ({ ...service, initiativeId: initiativeId(initiative) })),
      ["slug"],
    );
  });
}
