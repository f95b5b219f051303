import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { INCLUDE_DEMO_DESCRIPTION, demoIncluded } from "../catalog/demo-rule.js";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { PlanningDistrict } from "../geography/planning-district.entity.js";
import { placeCountsByDistrict, placeCountsByNeighborhood } from "./place.loaders.js";
import { PlaceCount } from "./place.types.js";

const DESCRIPTION = "Places in the area by department, kind and status, each counted where it lies itself (not by a neighborhood's centre point).";

@Resolver(() => Neighborhood)
export class NeighborhoodPlaceCountsResolver {
  @FieldResolver(() => [PlaceCount], { description: DESCRIPTION })
  async placeCounts(
    @Root() neighborhood: Neighborhood,
    @Ctx() context: SubgraphContext,
    @Arg("includeDemo", () => Boolean, { nullable: true, description: INCLUDE_DEMO_DESCRIPTION }) includeDemo?: boolean | null,
  ): Promise<PlaceCount[]> {
    return (await placeCountsByNeighborhood(context).load({ area: neighborhood.id, demo: await demoIncluded(context, includeDemo) })) as PlaceCount[];
  }
}

@Resolver(() => PlanningDistrict)
export class PlanningDistrictPlaceCountsResolver {
  @FieldResolver(() => [PlaceCount], { description: DESCRIPTION })
  async placeCounts(
    @Root() district: PlanningDistrict,
    @Ctx() context: SubgraphContext,
    @Arg("includeDemo", () => Boolean, { nullable: true, description: INCLUDE_DEMO_DESCRIPTION }) includeDemo?: boolean | null,
  ): Promise<PlaceCount[]> {
    return (await placeCountsByDistrict(context).load({ area: district.id, demo: await demoIncluded(context, includeDemo) })) as PlaceCount[];
  }
}
