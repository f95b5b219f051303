import { MAX_PAGE_SIZE, type SubgraphContext, badUserInput, checkPageSize, decodeCursor, encodeCursor } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { demoIncluded } from "../catalog/demo-rule.js";
import { Initiative } from "../catalog/initiative.entity.js";
import { departmentFieldsResolver } from "../departments/index.js";
import { neighborhoodById, planningDistrictById } from "../geography/loaders.js";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { PlanningDistrict } from "../geography/planning-district.entity.js";
import { PlaceFilter } from "./place-filter.input.js";
import { initiativesByPlace, placeById, placesByHost } from "./place.loaders.js";
import { Place } from "./place.entity.js";
import { placeConditions } from "./place-query.js";
import { PlaceConnection } from "./place.types.js";

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => PlaceConnection, { description: "Every department's public places, filtered, by name, paged." })
  async places(
    @Ctx() context: SubgraphContext,
    @Arg("filter", () => PlaceFilter, { nullable: true }) given?: PlaceFilter | null,
    @Arg("first", () => Int, { defaultValue: 50, description: `At most ${MAX_PAGE_SIZE}.` }) first = 50,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<PlaceConnection> {
    checkPageSize(first);
    // `filter: null`, as a client may send it, is no filter at all.
    const filter = given ?? undefined;
    const offset = after ? Number(decodeCursor(after)) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badUserInput("`after` is not a cursor this API issued", "after");
    const { where, params } = placeConditions(filter, await demoIncluded(context, filter?.includeDemo));
    const n = params.length;
    const db = context.dataSource;
    const [rows, [{ count, demo }]] = await Promise.all([
      db.query<{ id: string }[]>(`SELECT p.id FROM catalog_place p WHERE ${where} ORDER BY p.name, p.id LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, first + 1, offset]),
      db.query<{ count: number; demo: boolean }[]>(`SELECT count(*)::int AS count, coalesce(bool_or(p.is_demo), false) AS demo FROM catalog_place p WHERE ${where}`, params),
    ]);
    const ids = rows.slice(0, first).map((r) => r.id);
    const byId = new Map((await db.getRepository(Place).findBy({ id: In(ids) })).map((p) => [p.id, p]));
    return {
      nodes: ids.map((id) => byId.get(id)).filter((p): p is Place => p !== undefined),
      totalCount: count,
      includesDemo: demo,
      pageInfo: { hasNextPage: rows.length > first, endCursor: ids.length ? encodeCursor(String(offset + ids.length)) : null },
    };
  }

  @Query(() => Place, { nullable: true })
  place(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Place | null> {
    return placeById(context).load(id);
  }

  @FieldResolver(() => Neighborhood, { nullable: true, description: "Null when the place has no coordinates or lies outside every imported boundary." })
  neighborhood(@Root() place: Place, @Ctx() context: SubgraphContext): Promise<Neighborhood | null> | null {
    return place.neighborhoodId ? neighborhoodById(context).load(place.neighborhoodId) : null;
  }

  @FieldResolver(() => PlanningDistrict, { nullable: true, description: "The planning district the place itself lies in." })
  planningDistrict(@Root() place: Place, @Ctx() context: SubgraphContext): Promise<PlanningDistrict | null> | null {
    return place.planningDistrictId ? planningDistrictById(context).load(place.planningDistrictId) : null;
  }

  @FieldResolver(() => Place, { nullable: true, description: "The place this one is inside, e.g. the recreation centre hosting a KEYSPOT." })
  host(@Root() place: Place, @Ctx() context: SubgraphContext): Promise<Place | null> | null {
    return place.hostPlaceId ? placeById(context).load(place.hostPlaceId) : null;
  }

  @FieldResolver(() => [Place], { description: "Places inside this one, e.g. the KEYSPOT in a library branch." })
  hostedPlaces(@Root() place: Place, @Ctx() context: SubgraphContext): Promise<Place[]> {
    return placesByHost(context).load(place.id);
  }

  @FieldResolver(() => [Initiative], { description: "Initiatives delivered at the place, by title (demo initiatives only while the hub shows demo data)." })
  async initiatives(@Root() place: Place, @Ctx() context: SubgraphContext): Promise<Initiative[]> {
    return initiativesByPlace(context).load({ place: place.id, demo: await demoIncluded(context) });
  }
}

export const PlaceDepartmentResolver = departmentFieldsResolver(Place, (place) => place.departmentId);
