import { SiteKind } from "@dlhub/schema";
import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { initiativeCountsByNeighborhood, peopleServedByNeighborhood, sitesByNeighborhood } from "./neighborhood-rollup.loaders.js";
import { DepartmentCount, NeighborhoodSite } from "./neighborhood-rollup.types.js";
import { PEOPLE_SERVED_METRICS } from "./people-served.js";

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/**
 * What the catalog says about a neighborhood: who works there, where, and with what result.
 * "There" means a site the hub placed inside the neighborhood's boundary. The site figures all
 * come from one loader, so asking for every field costs three statements per request in all.
 */
@Resolver(() => Neighborhood)
export class NeighborhoodRollupResolver {
  @FieldResolver(() => [DepartmentCount], {
    description: "Per department, the initiatives (any status) with at least one site in the neighborhood; most first.",
  })
  initiativeCounts(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<DepartmentCount[]> {
    return initiativeCountsByNeighborhood(context).load(neighborhood.id);
  }

  @FieldResolver(() => [NeighborhoodSite], { description: "The places in the neighborhood where any initiative is delivered, each once, by name." })
  sites(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<NeighborhoodSite[]> {
    return sitesByNeighborhood(context).load(neighborhood.id);
  }

  @FieldResolver(() => Int, { description: "Public computers at the neighborhood's KEYSPOT sites, each site counted once." })
  async keyspotWorkstations(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return sum(keyspots(await sitesByNeighborhood(context).load(neighborhood.id)).map((site) => site.workstations));
  }

  @FieldResolver(() => Float, { description: "Weekly public computer hours of the neighborhood's KEYSPOT sites added up, each site counted once." })
  async keyspotWeeklyOpenHours(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return sum(keyspots(await sitesByNeighborhood(context).load(neighborhood.id)).map((site) => site.weeklyOpenHours));
  }

  @FieldResolver(() => Int, {
    description: "Public computers at every site in the neighborhood (KEYSPOTs, library branches, recreation centres, …), each site counted once; sites that do not report workstations add nothing.",
  })
  async publicComputers(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return sum((await sitesByNeighborhood(context).load(neighborhood.id)).map((site) => site.workstations));
  }

  @FieldResolver(() => Int, {
    description: `The sum of the ${PEOPLE_SERVED_METRICS.join(", ")} outcomes, over all reported periods, of every initiative with a site in the neighborhood. Outcomes are reported per initiative, not per site, so an initiative with sites in several neighborhoods counts in full in each; and one person trained and given a device counts twice.`,
  })
  peopleServed(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<number> {
    return peopleServedByNeighborhood(context).load(neighborhood.id);
  }
}

function keyspots(sites: NeighborhoodSite[]): NeighborhoodSite[] {
  return sites.filter((site) => site.kind === SiteKind.KEYSPOT);
}
