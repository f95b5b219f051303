import { defineDepartment } from "@dlhub/subgraph-kit";
import { contract } from "./initiatives/contract.js";
import { ImmigrantAffairsInitiativeResolver } from "./initiatives/immigrant-affairs-initiative.resolver.js";
import { LanguageAccessService } from "./language-access/language-access-service.entity.js";
import { LanguageAccessServiceResolver } from "./language-access/language-access-service.resolver.js";
import { CreateImmigrantAffairsTables20261128100001 } from "./migrations/20261128100001-CreateImmigrantAffairsTables.js";
import { TrackPlaces20261201000200 } from "./migrations/20261201000200-TrackPlaces.js";
import { PLACES_SQL } from "./places/places.js";
import { seedImmigrantAffairs } from "./seed/seed.js";
import { ImmigrantAffairsVenue } from "./venues/immigrant-affairs-venue.entity.js";
import { ImmigrantAffairsVenueResolver } from "./venues/immigrant-affairs-venue.resolver.js";

/**
 * The Office of Immigrant Affairs: language access for the City's digital-literacy work —
 * multilingual workshops, interpreters at other departments' classes, a multilingual enrolment
 * help line and outreach through immigrant-serving organisations.
 */
export const immigrantAffairs = defineDepartment(contract, {
  entities: [ImmigrantAffairsVenue, LanguageAccessService],
  migrations: [CreateImmigrantAffairsTables20261128100001, TrackPlaces20261201000200],
  resolvers: [ImmigrantAffairsInitiativeResolver, ImmigrantAffairsVenueResolver, LanguageAccessServiceResolver],
  places: { sql: PLACES_SQL },
  seed: seedImmigrantAffairs,
});
