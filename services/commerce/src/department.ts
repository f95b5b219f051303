import { defineDepartment } from "@dlhub/subgraph-kit";
import { BusinessCohort } from "./cohorts/business-cohort.entity.js";
import { BusinessCohortResolver } from "./cohorts/business-cohort.resolver.js";
import { BusinessServed } from "./cohorts/business-served.entity.js";
import { BusinessServedResolver } from "./cohorts/business-served.resolver.js";
import { CommercialCorridor } from "./corridors/commercial-corridor.entity.js";
import { CommercialCorridorResolver, commercialCorridorReference } from "./corridors/commercial-corridor.resolver.js";
import { WorkforceGrant } from "./grants/workforce-grant.entity.js";
import { WorkforceGrantResolver } from "./grants/workforce-grant.resolver.js";
import { CommerceInitiativeResolver } from "./initiatives/commerce-initiative.resolver.js";
import { contract } from "./initiatives/contract.js";
import { CreateCommerceTables20261128000300 } from "./migrations/20261128000300-CreateCommerceTables.js";
import { TrackCorridorChanges20261129000600 } from "./migrations/20261129000600-TrackCorridorChanges.js";
import { TrackPlaces20261201000200 } from "./migrations/20261201000200-TrackPlaces.js";
import { PLACES_SQL } from "./places/places.js";
import { seedCommerce } from "./seed/seed.js";

/** The Department of Commerce: small-business digital-skills cohorts on commercial corridors, and workforce grants. */
export const commerce = defineDepartment(contract, {
  entities: [CommercialCorridor, BusinessCohort, BusinessServed, WorkforceGrant],
  migrations: [CreateCommerceTables20261128000300, TrackCorridorChanges20261129000600, TrackPlaces20261201000200],
  resolvers: [CommerceInitiativeResolver, CommercialCorridorResolver, BusinessCohortResolver, BusinessServedResolver, WorkforceGrantResolver],
  places: { sql: PLACES_SQL },
  referenceResolvers: { CommercialCorridor: commercialCorridorReference },
  seed: seedCommerce,
});
