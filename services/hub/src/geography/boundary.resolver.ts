import { type SubgraphContext, defineLoader } from "@dlhub/subgraph-kit";
import { GraphQLJSON } from "graphql-scalars";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { drawableBoundary } from "./boundary.js";
import { type AreaGeometry } from "./geometry.js";
import { Neighborhood } from "./neighborhood.entity.js";
import { PlanningDistrict } from "./planning-district.entity.js";

/**
 * The outline is the one column the entities never select (`select: false`: tens of kilobytes
 * each), so it is read here by name: one statement for every area of a layer the request draws,
 * however many it asks for.
 */
function boundaryLoader(name: string, table: "neighborhood" | "planning_district") {
  return defineLoader<string, AreaGeometry>(name, async (ids, db) => {
    const rows = await db.query<{ id: string; geometry: AreaGeometry }[]>(`SELECT id, geometry FROM ${table} WHERE id = ANY($1)`, [[...ids]]);
    const byId = new Map(rows.map((row) => [row.id, row.geometry]));
    return ids.map((id) => {
      const geometry = byId.get(id);
      // Only reachable when an import removes the area between reading its row and its outline.
      return geometry ? drawableBoundary(geometry) : new Error(`${table} ${id} has no boundary`);
    });
  });
}

const neighborhoodBoundary = boundaryLoader("neighborhoodBoundary", "neighborhood");
const planningDistrictBoundary = boundaryLoader("planningDistrictBoundary", "planning_district");

const BOUNDARY_DESCRIPTION =
  "The outline as a GeoJSON geometry (Polygon or MultiPolygon, WGS84 longitude/latitude), simplified for drawing (within about 5 m of the City's outline) with coordinates rounded to 5 decimals.";

@Resolver(() => Neighborhood)
export class NeighborhoodBoundaryResolver {
  @FieldResolver(() => GraphQLJSON, { description: BOUNDARY_DESCRIPTION })
  boundary(@Root() neighborhood: Neighborhood, @Ctx() context: SubgraphContext): Promise<AreaGeometry> {
    return neighborhoodBoundary(context).load(neighborhood.id);
  }
}

@Resolver(() => PlanningDistrict)
export class PlanningDistrictBoundaryResolver {
  @FieldResolver(() => GraphQLJSON, { description: BOUNDARY_DESCRIPTION })
  boundary(@Root() district: PlanningDistrict, @Ctx() context: SubgraphContext): Promise<AreaGeometry> {
    return planningDistrictBoundary(context).load(district.id);
  }
}
