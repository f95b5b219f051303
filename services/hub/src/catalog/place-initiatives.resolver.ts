import { type SubgraphContext, defineLoader, groupByKey } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { PlanningDistrict } from "../geography/planning-district.entity.js";
import { type AreaKey, byDemoSetting, demoIncluded } from "./demo-rule.js";
import { Initiative } from "./initiative.entity.js";

type PlaceColumn = "neighborhood_id" | "planning_district_id";

/** Initiatives with a site in each area, by title; two statements for any number of areas. */
function initiativesIn(column: PlaceColumn) {
  return defineLoader<AreaKey, Initiative[]>(`initiativesBy_${column}`, (keys, db) => byDemoSetting(keys, async (places, demo) => {
    const pairs: { place: string; initiative_id: string }[] = await db.query(
      `SELECT DISTINCT s.${column} AS place, s.initiative_id FROM catalog_site s JOIN catalog_initiative i ON i.id = s.initiative_id
        WHERE s.${column} = ANY($1) AND ($2::boolean OR NOT i.is_demo)`,
      [places, demo],
    );
    const initiatives = await db.getRepository(Initiative).find({ where: { id: In([...new Set(pairs.map((p) => p.initiative_id))]) }, order: { title: "ASC", id: "ASC" } });
    const rank = new Map(initiatives.map((initiative, index) => [initiative.id, index]));
    const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]));
    const rows = pairs
      .filter((p) => byId.has(p.initiative_id))
      .sort((a, b) => (rank.get(a.initiative_id) as number) - (rank.get(b.initiative_id) as number));
    return groupByKey(places, rows, (p) => p.place).map((group) => group.map((p) => byId.get(p.initiative_id) as Initiative));
  }));
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
  async initiatives(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<Initiative[]> {
    return initiativesByNeighborhood(context).load({ area: neighborhood.id, demo: await demoIncluded(context) });
  }
}

@Resolver(() => PlanningDistrict)
export class PlanningDistrictInitiativesResolver {
  @FieldResolver(() => [Initiative], { description: "Initiatives of any department with a site in the district, by title." })
  async initiatives(@Root() district: PlanningDistrict, @Ctx() context: SubgraphContext): Promise<Initiative[]> {
    return initiativesByDistrict(context).load({ area: district.id, demo: await demoIncluded(context) });
  }
}
