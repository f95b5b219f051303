import { type Department, type SiteKind } from "@dlhub/schema";
import { defineLoader, groupByKey } from "@dlhub/subgraph-kit";
import { type DistinctSiteRow, distinctSitesSql } from "./distinct-sites.js";
import { type DepartmentCount, type NeighborhoodSite } from "./neighborhood-rollup.types.js";
import { PEOPLE_SERVED_METRICS } from "./people-served.js";

/**
 * The neighborhood roll-ups, each one statement for every neighborhood of the request. Keys are
 * neighborhood ids; a neighborhood without sites gets an empty list or zero.
 */

export const initiativeCountsByNeighborhood = defineLoader<string, DepartmentCount[]>("initiativeCountsByNeighborhood", async (ids, db) => {
  const rows = await db.query<{ neighborhood_id: string; department: Department; count: number }[]>(
    `SELECT s.neighborhood_id, i.department, count(DISTINCT i.id)::int AS count
       FROM catalog_site s
       JOIN catalog_initiative i ON i.id = s.initiative_id
      WHERE s.neighborhood_id = ANY($1)
      GROUP BY s.neighborhood_id, i.department
      ORDER BY count DESC, i.department`,
    [[...ids]],
  );
  return groupByKey(ids, rows, (row) => row.neighborhood_id).map((group) => group.map(({ department, count }) => ({ department, count })));
});

export const sitesByNeighborhood = defineLoader<string, NeighborhoodSite[]>("sitesByNeighborhood", async (ids, db) => {
  const rows = await db.query<DistinctSiteRow[]>(
    `SELECT * FROM (${distinctSitesSql("s.neighborhood_id = ANY($1)")}) site ORDER BY name, site_id`,
    [[...ids]],
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
});

/**
 * An initiative's outcomes are reported for the whole initiative, not per site, so each
 * neighborhood it has a site in is credited with all of them.
 */
export const peopleServedByNeighborhood = defineLoader<string, number>("peopleServedByNeighborhood", async (ids, db) => {
  const rows = await db.query<{ neighborhood_id: string; total: number }[]>(
    `SELECT placed.neighborhood_id, sum(o.value)::int AS total
       FROM (SELECT DISTINCT neighborhood_id, initiative_id FROM catalog_site WHERE neighborhood_id = ANY($1)) placed
       JOIN catalog_outcome o ON o.initiative_id = placed.initiative_id
      WHERE o.metric = ANY($2::text[])
      GROUP BY placed.neighborhood_id`,
    [[...ids], [...PEOPLE_SERVED_METRICS]],
  );
  const totals = new Map(rows.map((row) => [row.neighborhood_id, row.total]));
  return ids.map((id) => totals.get(id) ?? 0);
});
