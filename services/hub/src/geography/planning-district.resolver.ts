import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { neighborhoodsByDistrict, planningDistrictById } from "./loaders.js";
import { Neighborhood } from "./neighborhood.entity.js";
import { PlanningDistrict } from "./planning-district.entity.js";

@Resolver(() => PlanningDistrict)
export class PlanningDistrictResolver {
  @Query(() => [PlanningDistrict], { description: "The planning districts by number." })
  planningDistricts(@Ctx() context: SubgraphContext): Promise<PlanningDistrict[]> {
    return context.dataSource.getRepository(PlanningDistrict).find({ order: { number: "ASC", name: "ASC" } });
  }

  @Query(() => PlanningDistrict, { nullable: true })
  planningDistrict(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<PlanningDistrict | null> {
    return planningDistrictById(context).load(id);
  }

  @FieldResolver(() => [Neighborhood], { description: "The neighborhoods whose centroid lies in the district, by name." })
  neighborhoods(@Root() district: PlanningDistrict, @Ctx() context: SubgraphContext): Promise<Neighborhood[]> {
    return neighborhoodsByDistrict(context).load(district.id);
  }
}
