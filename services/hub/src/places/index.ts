import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { CreatePlaceCatalog20261201000300 } from "../migrations/20261201000300-CreatePlaceCatalog.js";
import { NeighborhoodPlaceCountsResolver, PlanningDistrictPlaceCountsResolver } from "./area-place-counts.resolver.js";
import { Place } from "./place.entity.js";
import { PlaceDepartmentResolver, PlaceResolver } from "./place.resolver.js";
import { placeById } from "./place.loaders.js";
import { PlaceCountDepartmentResolver } from "./place.types.js";

/** The place catalog: every department's places, their questions and their area counts. */
export const places = {
  entities: [Place],
  migrations: [CreatePlaceCatalog20261201000300],
  resolvers: [PlaceResolver, PlaceDepartmentResolver, PlaceCountDepartmentResolver, NeighborhoodPlaceCountsResolver, PlanningDistrictPlaceCountsResolver],
};

/** Other subgraphs may add fields to a place (a department's own detail), as they do to an initiative. */
export const placeReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext) => placeById(context).load(reference.id),
};

export { Place, placeById };
