import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { censusTractByGeoid, neighborhoodById, planningDistrictById } from "./loaders.js";

/** How other subgraphs' references to the geography entities become rows: batched, one statement per type. */
export const geographyReferenceResolvers = {
  Neighborhood: {
    __resolveReference: (reference: { id: string }, context: SubgraphContext) => neighborhoodById(context).load(reference.id),
  },
  PlanningDistrict: {
    __resolveReference: (reference: { id: string }, context: SubgraphContext) => planningDistrictById(context).load(reference.id),
  },
  CensusTract: {
    __resolveReference: (reference: { geoid: string }, context: SubgraphContext) => censusTractByGeoid(context).load(reference.geoid),
  },
};
