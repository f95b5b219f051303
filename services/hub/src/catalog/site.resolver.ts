import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { neighborhoodById, planningDistrictById } from "../geography/loaders.js";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { PlanningDistrict } from "../geography/planning-district.entity.js";
import { Site } from "./site.entity.js";

@Resolver(() => Site)
export class SiteResolver {
  @FieldResolver(() => Neighborhood, { nullable: true, description: "Null when the site has no coordinates or lies outside every imported boundary." })
  async neighborhood(@Root() site: Site, @Ctx() context: SubgraphContext): Promise<Neighborhood | null> {
    return site.neighborhoodId ? neighborhoodById(context).load(site.neighborhoodId) : null;
  }

  @FieldResolver(() => PlanningDistrict, { nullable: true })
  async planningDistrict(@Root() site: Site, @Ctx() context: SubgraphContext): Promise<PlanningDistrict | null> {
    return site.planningDistrictId ? planningDistrictById(context).load(site.planningDistrictId) : null;
  }
}
