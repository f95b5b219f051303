import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import { type AreaKey, demoIncluded } from "../catalog/demo-rule.js";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import {
  computersByNeighborhood,
  initiativeCountsByNeighborhood,
  type NeighborhoodComputers,
  peopleServedByNeighborhood,
  sitesByNeighborhood,
} from "./neighborhood-rollup.loaders.js";
import { DepartmentCount, NeighborhoodSite } from "./neighborhood-rollup.types.js";
import { PEOPLE_SERVED_METRICS } from "./people-served.js";

const key = async (neighborhood: Neighborhood, context: SubgraphContext): Promise<AreaKey> => ({ area: neighborhood.id, demo: await demoIncluded(context) });
/** One of the neighborhood's computer figures; one statement reads them all. */
const computerFigure = async (neighborhood: Neighborhood, context: SubgraphContext, figure: keyof NeighborhoodComputers): Promise<number> =>
  (await computersByNeighborhood(context).load(await key(neighborhood, context)))[figure];

/**
 * What the catalogs say about a neighborhood: who works there, where, with what result, and the
 * public computers its places offer. "There" means placed inside the neighborhood's boundary by
 * its own coordinates. Demo data counts only while the hub holds nothing real (demo-rule.ts).
 */
@Resolver(() => Neighborhood)
export class NeighborhoodRollupResolver {
  @FieldResolver(() => [DepartmentCount], {
    description: "Per department, the initiatives (any status) with at least one site in the neighborhood; most first.",
  })
  async initiativeCounts(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<DepartmentCount[]> {
    return initiativeCountsByNeighborhood(context).load(await key(neighborhood, context));
  }

  @FieldResolver(() => [NeighborhoodSite], { description: "The places in the neighborhood where any initiative is delivered, each once, by name (every place, used or not: `places`)." })
  async sites(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<NeighborhoodSite[]> {
    return sitesByNeighborhood(context).load(await key(neighborhood, context));
  }

  @FieldResolver(() => Int, { description: "Open KEYSPOT sites in the neighborhood." })
  keyspotSites(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return computerFigure(neighborhood, context, "keyspotSites");
  }

  @FieldResolver(() => Int, {
    description: "Open KEYSPOT sites whose source states their workstations; the others add nothing to `keyspotWorkstations` or `keyspotWeeklyOpenHours`.",
  })
  keyspotSitesWithFigures(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return computerFigure(neighborhood, context, "keyspotSitesWithFigures");
  }

  @FieldResolver(() => Int, { description: "Public computers at the neighborhood's open KEYSPOT sites, where stated (see `keyspotSitesWithFigures`)." })
  keyspotWorkstations(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return computerFigure(neighborhood, context, "keyspotWorkstations");
  }

  @FieldResolver(() => Float, { description: "Weekly public computer hours of the neighborhood's open KEYSPOT sites added up, where stated." })
  keyspotWeeklyOpenHours(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return computerFigure(neighborhood, context, "keyspotWeeklyOpenHours");
  }

  @FieldResolver(() => Int, { description: "Open public places of any department in the neighborhood, whether or not an initiative uses them." })
  openPlaces(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return computerFigure(neighborhood, context, "openPlaces");
  }

  @FieldResolver(() => Int, { description: "Open public places whose source states their public computers; the others add nothing to `publicComputers`." })
  openPlacesWithFigures(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return computerFigure(neighborhood, context, "openPlacesWithFigures");
  }

  @FieldResolver(() => Int, {
    description: "Public computers at every open place in the neighborhood (KEYSPOTs, library branches, recreation centres, …), whether or not an initiative uses it; places whose source does not state them add nothing (see `openPlacesWithFigures`).",
  })
  publicComputers(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return computerFigure(neighborhood, context, "publicComputers");
  }

  @FieldResolver(() => Int, {
    description: `The sum of the ${PEOPLE_SERVED_METRICS.join(", ")} outcomes, over all reported periods, of every initiative with a site in the neighborhood. Outcomes are reported per initiative, not per site, so an initiative with sites in several neighborhoods counts in full in each; and one person trained and given a device counts twice.`,
  })
  async peopleServed(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return peopleServedByNeighborhood(context).load(await key(neighborhood, context));
  }
}
