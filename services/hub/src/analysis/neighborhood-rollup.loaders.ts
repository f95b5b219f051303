import { type Department, type SiteKind } from "@dlhub/schema";
import { defineLoader, groupByKey } from "@dlhub/subgraph-kit";
import { type AreaKey, byDemoSetting } from "../catalog/demo-rule.js";
import { type DistinctSiteRow, distinctSitesSql } from "./distinct-sites.js";
import { type DepartmentCount, type NeighborhoodSite } from "./neighborhood-rollup.types.js";
import { PEOPLE_SERVED_METRICS } from "./people-served.js";

/**
 * The neighborhood roll-ups, each one statement for every neighborhood of the request (two when
 * one request asks with and without demo data). Keys are neighborhood ids with the demo rule; a
 * neighborhood without sites gets an empty list or zero.
 */

export const initiativeCountsByNeighborhood = defineLoader<AreaKey, DepartmentCount[]>("initiativeCountsByNeighborhood", (keys, db) =>
  byDemoSetting(keys, async (ids, demo) => {
    const rows = await db.query<{ neighborhood_id: string; department: Department; count: number }[]>(
      `SELECT s.neighborhood_id, i.department, count(DISTINCT i.id)::int AS count
         FROM catalog_site s
         JOIN catalog_initiative i ON i.id = s.initiative_id
        WHERE s.neighborhood_id = ANY($1) AND ($2::boolean OR NOT i.is_demo)
        GROUP BY s.neighborhood_id, i.department
        ORDER BY count DESC, i.department`,
      [ids, demo],
    );
    return groupByKey(ids, rows, (row) => row.neighborhood_id).map((group) => group.map(({ department, count }) => ({ department, count })));
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
        department: row.department as Department,
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
      `SELECT placed.neighborhood_id, sum(o.value)::int AS total
         FROM (SELECT DISTINCT s.neighborhood_id, s.initiative_id FROM catalog_site s JOIN catalog_initiative i ON i.id = s.initiative_id
                WHERE s.neighborhood_id = ANY($1) AND ($3::boolean OR NOT i.is_demo)) placed
         JOIN catalog_outcome o ON o.initiative_id = placed.initiative_id
        WHERE o.metric = ANY($2::text[])
        GROUP BY placed.neighborhood_id`,
      [ids, [...PEOPLE_SERVED_METRICS], demo],
    );
    const totals = new Map(rows.map((row) => [row.neighborhood_id, row.total]));
    return ids.map((id) => totals.get(id) ?? 0);
  }),
);

/** Public computers and KEYSPOT figures from the place catalog: every place, used by an initiative or not. */
export interface NeighborhoodComputers {
  keyspotWorkstations: number;
  keyspotWeeklyOpenHours: number;
  publicComputers: number;
}

export const computersByNeighborhood = defineLoader<AreaKey, NeighborhoodComputers>("computersByNeighborhood", (keys, db) =>
  byDemoSetting(keys, async (ids, demo) => {
    const rows = await db.query<({ neighborhood_id: string } & NeighborhoodComputers)[]>(
      `SELECT neighborhood_id,
              coalesce(sum(workstations) FILTER (WHERE kind = 'KEYSPOT'), 0)::int AS "keyspotWorkstations",
              coalesce(sum(weekly_open_hours) FILTER (WHERE kind = 'KEYSPOT'), 0)::float8 AS "keyspotWeeklyOpenHours",
              coalesce(sum(workstations), 0)::int AS "publicComputers"
         FROM catalog_place p
        WHERE neighborhood_id = ANY($1) AND status = 'OPEN' AND ($2::boolean OR NOT p.is_demo)
        GROUP BY neighborhood_id`,
      [ids, demo],
    );
    const byId = new Map(rows.map(({ neighborhood_id, ...figures }) => [neighborhood_id, figures]));
    return ids.map((id) => byId.get(id) ?? { keyspotWorkstations: 0, keyspotWeeklyOpenHours: 0, publicComputers: 0 });
  }),
);
