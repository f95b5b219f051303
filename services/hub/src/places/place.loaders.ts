import { type PlaceStatus } from "@dlhub/schema";
import { defineLoader, groupByKey, indexByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { type AreaKey, byDemoSetting } from "../catalog/demo-rule.js";
import { Initiative } from "../catalog/initiative.entity.js";
import { type DepartmentFields, departmentFields, departmentNameSql } from "../departments/index.js";
import { Place } from "./place.entity.js";

/** The place catalog's per-request loaders: one statement per relation per request. */

export const placeById = defineLoader<string, Place | null>("placeById", async (ids, db) =>
  indexByKey(ids, await db.getRepository(Place).findBy({ id: In([...ids]) }), (p) => p.id),
);

export const placesByHost = defineLoader<string, Place[]>("placesByHost", async (ids, db) =>
  groupByKey(ids, await db.getRepository(Place).find({ where: { hostPlaceId: In([...ids]) }, order: { name: "ASC", id: "ASC" } }), (p) => p.hostPlaceId as string),
);

/** Initiatives with a site at each place (`demo`: whether demo initiatives count), by title. */
export const initiativesByPlace = defineLoader<{ place: string; demo: boolean }, Initiative[]>("initiativesByPlace", async (keys, db) => {
  const places = [...new Set(keys.map((k) => k.place))];
  const rows = await db.query<{ site_id: string; id: string }[]>(
    `SELECT DISTINCT s.site_id, i.id, i.title FROM catalog_site s JOIN catalog_initiative i ON i.id = s.initiative_id
      WHERE s.site_id = ANY($1) ORDER BY i.title, i.id`,
    [places],
  );
  const initiatives = await db.getRepository(Initiative).findBy({ id: In([...new Set(rows.map((r) => r.id))]) });
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const groups = groupByKey(places, rows, (r) => r.site_id);
  const grouped = new Map(places.map((place, index) => [place, groups[index]]));
  return keys.map(({ place, demo }) =>
    (grouped.get(place) ?? []).map((r) => byId.get(r.id)).filter((i): i is Initiative => i !== undefined && (demo || !i.isDemo)),
  );
});

/** How many places of one department, kind and status lie in an area. */
export interface PlaceCountRow extends DepartmentFields {
  kind: string;
  status: PlaceStatus;
  count: number;
}

type AreaColumn = "neighborhood_id" | "planning_district_id";

/**
 * Place counts per area, by each place's own position. Keys carry whether demo places count, so
 * one request asking both ways costs two statements, never one per area.
 */
export function placeCountsIn(column: AreaColumn) {
  return defineLoader<AreaKey, PlaceCountRow[]>(`placeCountsBy_${column}`, (keys, db) =>
    byDemoSetting(keys, async (areas, demo) => {
      const rows = await db.query<{ area: string; department_id: string; department_name: string; kind: string; status: PlaceStatus; count: number }[]>(
        `SELECT ${column} AS area, p.department_id, ${departmentNameSql("p.department_id")} AS department_name, kind, status, count(*)::int AS count
           FROM catalog_place p
          WHERE ${column} = ANY($1) AND ($2::boolean OR NOT p.is_demo)
          GROUP BY ${column}, p.department_id, kind, status
          ORDER BY p.department_id, kind, status`,
        [areas, demo],
      );
      return groupByKey(areas, rows, (r) => r.area).map((group) =>
        group.map((r) => ({ ...departmentFields(r.department_id, r.department_name), kind: r.kind, status: r.status, count: r.count })),
      );
    }),
  );
}

export const placeCountsByNeighborhood = placeCountsIn("neighborhood_id");
export const placeCountsByDistrict = placeCountsIn("planning_district_id");
