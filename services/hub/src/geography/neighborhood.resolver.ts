import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Arg, Ctx, Float, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { CensusTract } from "./census-tract.entity.js";
import { neighborhoodById, neighborhoodsByDistrict, planningDistrictById, tractsByNeighborhood, tractTotalsByNeighborhood } from "./loaders.js";
import { Neighborhood } from "./neighborhood.entity.js";
import { PlanningDistrict } from "./planning-district.entity.js";

@Resolver(() => Neighborhood)
export class NeighborhoodResolver {
  @Query(() => [Neighborhood], { description: "Philadelphia's neighborhoods by name, optionally only those of one planning district." })
  neighborhoods(
    @Arg("planningDistrictId", () => ID, { nullable: true }) planningDistrictId: string | null | undefined,
    @Ctx() context: SubgraphContext,
  ): Promise<Neighborhood[]> {
    if (planningDistrictId != null) return neighborhoodsByDistrict(context).load(planningDistrictId);
    return context.dataSource.getRepository(Neighborhood).find({ order: { name: "ASC" } });
  }

  @Query(() => Neighborhood, { nullable: true })
  neighborhood(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Neighborhood | null> {
    return neighborhoodById(context).load(id);
  }

  @FieldResolver(() => PlanningDistrict, { nullable: true, description: "The planning district containing the neighborhood's centroid." })
  planningDistrict(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<PlanningDistrict | null> | null {
    return neighborhood.planningDistrictId ? planningDistrictById(context).load(neighborhood.planningDistrictId) : null;
  }

  @FieldResolver(() => [CensusTract], { description: "The census tracts whose centroid lies in the neighborhood." })
  tracts(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<CensusTract[]> {
    return tractsByNeighborhood(context).load(neighborhood.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Household-weighted share (0..1) of households with a broadband subscription over the neighborhood's tracts; null when none is known.",
  })
  async internetSubscriptionShare(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number | null> {
    return (await tractTotalsByNeighborhood(context).load(neighborhood.id)).internetSubscriptionShare;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Sum over the neighborhood's tracts that report it." })
  async population(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number | null> {
    return (await tractTotalsByNeighborhood(context).load(neighborhood.id)).population;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Sum over the neighborhood's tracts that report it." })
  async households(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number | null> {
    return (await tractTotalsByNeighborhood(context).load(neighborhood.id)).households;
  }
}
