import { type SiteKind } from "@dlhub/schema";
import { defineLoader, groupByKey } from "@dlhub/subgraph-kit";
import { type AreaKey, byDemoSetting } from "../catalog/demo-rule.js";
import { departmentFields, departmentNameSql } from "../departments/index.js";
import { type DistinctSiteRow, distinctSitesSql } from "./distinct-sites.js";
import { type DepartmentCount, type NeighborhoodSite } from "./neighborhood-rollup.types.js";

/**
 * The neighborhood roll-ups, each one statement for every neighborhood of the request (two when
 * one request asks with and without demo data). Keys are neighborhood ids with the demo rule; a
 * neighborhood without sites gets an empty list or zero. Counts, people served and computers are
 * sums over the rows the catalog's triggers keep (migration NeighborhoodRollups): a few rows per
 * neighborhood, however large the catalog. The list of sites is still read from the catalog.
 */

export const initiativeCountsByNeighborhood = defineLoader<AreaKey, DepartmentCount[]>("initiativeCountsByNeighborhood", (keys, db) =>
  byDemoSetting(keys, async (ids, demo) => {
    const rows = await db.query<{ neighborhood_id: string; department_id: string; department_name: string; count: number }[]>(
      `SELECT neighborhood_id, department_id, ${departmentNameSql("department_id")} AS department_name, sum(initiatives)::int AS count
         FROM neighborhood_rollup
        WHERE neighborhood_id = ANY($1) AND ($2::boolean OR NOT is_demo)
        GROUP BY neighborhood_id, department_id
        ORDER BY count DESC, department_id`,
      [ids, demo],
    );
    return groupByKey(ids, rows, (row) => row.neighborhood_id).map((group) =>
      group.map((row) => ({ ...departmentFields(row.department_id, row.department_name), count: row.count })),
    );
  }),
);

export const sitesByNeighborhood = defineLoader<AreaKey, NeighborhoodSite[]>("sitesByNeighborhood", (keys, db) =>
  byDemoSetting(keys, async (ids, demo) => {
    const rows = await db.query<DistinctSiteRow[]>(
      `SELECT * FROM (${distinctSitesSql("s.neighborhood_id = ANY($1) AND ($2::boolean OR NOT i.is_demo)")}) site ORDER BY name, site_id`,
      [ids, demo],
    );
    return groupByKey(ids, rows, (row) => row.neighborhood_id).map((group) =>
      group.map((row) => ({
        id: row.site_id,
        name: row.name,
        kind: row.kind as SiteKind,
        ...departmentFields(row.department_id, row.department_name),
        workstations: row.workstations,
        weeklyOpenHours: row.weekly_open_hours,
      })),
    );
  }),
);

/**
 * An initiative's outcomes are reported for the whole initiative, not per site, so each
 * neighborhood it has a site in is credited with all of them.
 */
export const peopleServedByNeighborhood = defineLoader<AreaKey, number>("peopleServedByNeighborhood", (keys, db) =>
  byDemoSetting(keys, async (ids, demo) => {
    const rows = await db.query<{ neighborhood_id: string; total: number }[]>(
      `SELECT neighborhood_id, sum(people_served)::int AS total
         FROM neighborhood_rollup
        WHERE neighborhood_id = ANY($1) AND ($2::boolean OR NOT is_demo)
        GROUP BY neighborhood_id`,
      [ids, demo],
    );
    const totals = new Map(rows.map((row) => [row.neighborhood_id, row.total]));
    return ids.map((id) => totals.get(id) ?? 0);
  }),
);

/**
 * Public computers and KEYSPOT figures from the place catalog: every open place, used by an
 * initiative or not. The sums add only what the sources state, so the places counted beside
 * them tell a reader how many of the places the sums speak for (0 stated is not 0 computers).
 */
export interface NeighborhoodComputers {
  keyspotSites: number;
  keyspotSitesWithFigures: number;
  keyspotWorkstations: number;
  keyspotWeeklyOpenHours: number;
  openPlaces: number;
  openPlacesWithFigures: number;
  publicComputers: number;
}

const NO_PLACES: NeighborhoodComputers = {
  keyspotSites: 0,
  keyspotSitesWithFigures: 0,
  keyspotWorkstations: 0,
  keyspotWeeklyOpenHours: 0,
  openPlaces: 0,
  openPlacesWithFigures: 0,
  publicComputers: 0,
};

export const computersByNeighborhood = defineLoader<AreaKey, NeighborhoodComputers>("computersByNeighborhood", (keys, db) =>
  byDemoSetting(keys, async (ids, demo) => {
    const rows = await db.query<({ neighborhood_id: string } & NeighborhoodComputers)[]>(
      `SELECT neighborhood_id,
              coalesce(sum(places) FILTER (WHERE kind = 'KEYSPOT'), 0)::int AS "keyspotSites",
              coalesce(sum(places_with_workstations) FILTER (WHERE kind = 'KEYSPOT'), 0)::int AS "keyspotSitesWithFigures",
              coalesce(sum(workstations) FILTER (WHERE kind = 'KEYSPOT'), 0)::int AS "keyspotWorkstations",
              coalesce(sum(weekly_open_hours) FILTER (WHERE kind = 'KEYSPOT'), 0)::float8 AS "keyspotWeeklyOpenHours",
              coalesce(sum(places), 0)::int AS "openPlaces",
              coalesce(sum(places_with_workstations), 0)::int AS "openPlacesWithFigures",
              coalesce(sum(workstations), 0)::int AS "publicComputers"
         FROM place_rollup
        WHERE neighborhood_id = ANY($1) AND status = 'OPEN' AND ($2::boolean OR NOT is_demo)
        GROUP BY neighborhood_id`,
      [ids, demo],
    );
    const byId = new Map(rows.map(({ neighborhood_id, ...figures }) => [neighborhood_id, figures]));
    return ids.map((id) => byId.get(id) ?? NO_PLACES);
  }),
);
