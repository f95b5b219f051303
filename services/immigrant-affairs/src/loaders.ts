import { defineLoader, groupByKey, indexByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { LanguageAccessService } from "./language-access/language-access-service.entity.js";
import { ImmigrantAffairsVenue } from "./venues/immigrant-affairs-venue.entity.js";

/** The Office of Immigrant Affairs' per-request loaders: one statement per relation per request, however many rows ask. */

export const venuesByInitiative = defineLoader<string, ImmigrantAffairsVenue[]>("venuesByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(ImmigrantAffairsVenue).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (v) => v.initiativeId),
);

export const venueBySlug = defineLoader<string, ImmigrantAffairsVenue | null>("venueBySlug", async (slugs, db) =>
  indexByKey(slugs, await db.getRepository(ImmigrantAffairsVenue).findBy({ slug: In([...slugs]) }), (v) => v.slug),
);

export const languageAccessByInitiative = defineLoader<string, LanguageAccessService[]>("languageAccessByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(LanguageAccessService).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (s) => s.initiativeId),
);

export const languageAccessByVenue = defineLoader<string, LanguageAccessService[]>("languageAccessByVenue", async (slugs, db) =>
  groupByKey(slugs, await db.getRepository(LanguageAccessService).find({ where: { venueSlug: In([...slugs]) }, order: { name: "ASC" } }), (s) => s.venueSlug as string),
);
