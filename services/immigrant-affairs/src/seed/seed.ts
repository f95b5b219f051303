import { seedDemoPlaces, upsertDemoInitiatives } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { ImmigrantAffairsInitiative } from "../initiatives/immigrant-affairs-initiative.entity.js";
import { LanguageAccessService } from "../language-access/language-access-service.entity.js";
import { ImmigrantAffairsVenue } from "../venues/immigrant-affairs-venue.entity.js";
import { initiatives } from "./demo-data.js";
import { languageAccessServices } from "./demo-language-access.js";
import { venues } from "./demo-venues.js";

/**
 * Loads the Office of Immigrant Affairs demo data in one transaction; running it again changes
 * nothing. Demo rows hang only off demo rows: a venue or service whose initiative is real, or a
 * service whose venue was not seeded (real venues are there), is left out.
 */
export async function seedImmigrantAffairs(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const ids = await upsertDemoInitiatives(manager, ImmigrantAffairsInitiative, initiatives);
    const ofDemoInitiative = (row: { initiative: string }) => ids.has(row.initiative);
    const initiativeId = (slug: string) => ids.get(slug) as string;

    const demoVenues = venues.filter(ofDemoInitiative);
    const venuesSeeded = await seedDemoPlaces(manager, ImmigrantAffairsVenue, demoVenues.map(({ initiative, ...venue }) => ({ ...venue, initiativeId: initiativeId(initiative) })), ["slug"]);
    const seededVenues = new Set(venuesSeeded ? demoVenues.map((v) => v.slug) : []);
    const demoServices = languageAccessServices.filter((s) => ofDemoInitiative(s) && (s.venueSlug === null || seededVenues.has(s.venueSlug)));
    await seedDemoPlaces(manager, LanguageAccessService, demoServices.map(({ initiative, ...service }) => ({ ...service, initiativeId: initiativeId(initiative) })), ["slug"]);
  });
}
