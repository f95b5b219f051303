import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { neighborhoodById, planningDistrictById } from "../geography/loaders.js";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { PlanningDistrict } from "../geography/planning-district.entity.js";
import { Place } from "../places/place.entity.js";
import { placeById } from "../places/place.loaders.js";
import { neighborhoodReadWithPage } from "./read-with-page.js";
import { Site } from "./site.entity.js";

@Resolver(() => Site)
export class SiteResolver {
  @FieldResolver(() => Neighborhood, { nullable: true, description: "Null when the site has no coordinates or lies outside every imported boundary." })
  neighborhood(@Root() site: Site, @Ctx() context: SubgraphContext): Neighborhood | null | Promise<Neighborhood | null> {
    const read = neighborhoodReadWithPage.of(site);
    if (read !== undefined) return read;
    return site.neighborhoodId ? neighborhoodById.value(context, site.neighborhoodId) : null;
  }

  @FieldResolver(() => Place, { nullable: true, description: "The place in the hub's place catalog: its status, type code, source and everything else that happens there. Null until the department's place feed has reached the hub." })
  place(@Root() site: Site, @Ctx() context: SubgraphContext): Promise<Place | null> {
    return placeById(context).load(site.siteId);
  }

  @FieldResolver(() => PlanningDistrict, { nullable: true })
  async planningDistrict(@Root() site: Site, @Ctx() context: SubgraphContext): Promise<PlanningDistrict | null> {
    return site.planningDistrictId ? planningDistrictById(context).load(site.planningDistrictId) : null;
  }
}
