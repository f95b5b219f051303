import { defineDepartment } from "@dlhub/subgraph-kit";
import { AfterschoolComputerCamp } from "./camps/afterschool-computer-camp.entity.js";
import { AfterschoolComputerCampResolver } from "./camps/afterschool-computer-camp.resolver.js";
import { ComputerLab } from "./computer-labs/computer-lab.entity.js";
import { ComputerLabResolver } from "./computer-labs/computer-lab.resolver.js";
import { contract } from "./initiatives/contract.js";
import { ParksInitiativeResolver } from "./initiatives/parks-initiative.resolver.js";
import { CreateParksTables20261128000400 } from "./migrations/20261128000400-CreateParksTables.js";
import { TrackRecreationCenterChanges20261129000500 } from "./migrations/20261129000500-TrackRecreationCenterChanges.js";
import { ReadProgramTypeCodes20261201000100 } from "./migrations/20261201000100-ReadProgramTypeCodes.js";
import { TrackPlaces20261201000200 } from "./migrations/20261201000200-TrackPlaces.js";
import { PLACES_SQL } from "./places/places.js";
import { RecreationCenter } from "./recreation-centers/recreation-center.entity.js";
import { RecreationCenterResolver, recreationCenterReference } from "./recreation-centers/recreation-center.resolver.js";
import { seedParks } from "./seed/seed.js";

/** Philadelphia Parks & Recreation: recreation centres, their computer labs and afterschool computer camps. */
export const parks = defineDepartment(contract, {
  entities: [RecreationCenter, ComputerLab, AfterschoolComputerCamp],
  migrations: [CreateParksTables20261128000400, TrackRecreationCenterChanges20261129000500, ReadProgramTypeCodes20261201000100, TrackPlaces20261201000200],
  resolvers: [ParksInitiativeResolver, RecreationCenterResolver, ComputerLabResolver, AfterschoolComputerCampResolver],
  places: { sql: PLACES_SQL },
  referenceResolvers: { RecreationCenter: recreationCenterReference },
  seed: seedParks,
});
