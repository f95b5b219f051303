import { type SubgraphContext, defineLoader, groupByKey } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { PlanningDistrict } from "../geography/planning-district.entity.js";
import { Initiative } from "./initiative.entity.js";

type PlaceColumn = "neighborhood_id" | "planning_district_id";

/** Initiatives with a site in each place, by title; two statements for any number of places. */
function initiativesIn(column: PlaceColumn) {
  return defineLoader<string, Initiative[]>(`initiativesBy_${column}`, async (places, db) => {
    const pairs: { place: string; initiative_id: string }[] = await db.query(
      `SELECT DISTINCT ${column} AS place, initiative_id FROM catalog_site WHERE ${column} = ANY($1)`,
      [places],
    );
    const initiatives = await db.getRepository(Initiative).find({ where: { id: In([...new Set(pairs.map((p) => p.initiative_id))]) }, order: { title: "ASC", id: "ASC" } });
    const rank = new Map(initiatives.map((initiative, index) => [initiative.id, index]));
    const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]));
    const rows = pairs
      .filter((p) => byId.has(p.initiative_id))
      .sort((a, b) => (rank.get(a.initiative_id) as number) - (rank.get(b.initiative_id) as number));
    return groupByKey(places, rows, (p) => p.place).map((group) => group.map((p) => byId.get(p.initiative_id) as Initiative));
  });
}

const initiativesByNeighborhood = initiativesIn("neighborhood_id");
const initiativesByDistrict = initiativesIn("planning_district_id");

/**
 * Every department's initiatives in a neighborhood or planning district: through the gateway
 * each carries its department's own detail (`library`, `parks`, …), so a place shows all the
 * work there across subgraphs.
 */
@Resolver(() => Neighborhood)
export class NeighborhoodInitiativesResolver {
  @FieldResolver(() => [Initiative], { description: "Initiatives of any department with a site in the neighborhood, by title." })
  initiatives(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<Initiative[]> {
    return initiativesByNeighborhood(context).load(neighborhood.id);
  }
}

@Resolver(() => PlanningDistrict)
export class PlanningDistrictInitiativesResolver {
  @FieldResolver(() => [Initiative], { description: "Initiatives of any department with a site in the district, by title." })
  initiatives(@Root() district: PlanningDistrict, @Ctx() context: SubgraphContext): Promise<Initiative[]> {
    return initiativesByDistrict(context).load(district.id);
  }
}
