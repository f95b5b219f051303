import { type Audience, InitiativeStatus, PlaceStatus, SiteKind } from "@dlhub/schema";
import { type DataSource } from "typeorm";

/**
 * How much each kind of supply lowers a neighborhood's score. A typical KEYSPOT (10 workstations
 * open 40 hours a week) weighs 1 + 1 + 1 = 3, three times a place or an initiative without
 * public computers: a staffed public lab is the supply the need figure is about.
 */
export const SUPPLY_WEIGHTS = {
  site: 1,
  keyspotWorkstation: 0.1,
  keyspotWeeklyOpenHour: 0.025,
  initiative: 1,
} as const;

export interface CoverageGapQuery {
  audiences: Audience[];
  planningDistrictId: string | null;
  limit: number;
  offset: number;
  includeDemo: boolean;
}

export interface CoverageGapRow {
  id: string;
  name: string;
  need_households: number | null;
  share: number | null;
  population: number | null;
  share_is_demo: boolean;
  population_is_demo: boolean;
  sites: number;
  keyspot_sites: number;
  keyspot_sites_with_figures: number;
  workstations: number;
  weekly_open_hours: number;
  initiatives: number;
  score: number;
}

/**
 * One statement: need per neighborhood from its tracts, supply from the place catalog (every open
 * public place, by its own location, whether or not an initiative uses it) and the initiative
 * catalog, ranked. A tract
 * adds to the need only when it knows both its households and its share; the share is weighted by
 * those same households, as the geography's own totals are. Neighborhoods none of whose tracts
 * has the indicator use their population as need and rank after every measured one: a head count
 * and a count of unconnected households are different units, and ranking them together would
 * put every unmeasured neighborhood first.
 *
 * Supply and serving initiatives are sums over the rows the catalog's triggers keep (migration
 * NeighborhoodRollups), a few per neighborhood: an initiative adds 1 to each neighborhood it has a
 * site in, under its exact audience set, so summing the sets that share an audience with the
 * chosen ones counts each initiative once, as count(DISTINCT) over the catalog did.
 */
const SQL = `
  WITH tracts AS (
    SELECT n.id, n.name, t.households, t.population, t.broadband_subscription_share AS share, t.indicator_is_demo,
           coalesce(t.households > 0 AND t.broadband_subscription_share IS NOT NULL, false) AS measured
      FROM neighborhood n
      LEFT JOIN census_tract t ON t.neighborhood_id = n.id
     WHERE $1::varchar IS NULL OR n.planning_district_id = $1::varchar
  ), need AS (
    SELECT id, name,
           sum(households * (1 - share)) FILTER (WHERE measured) AS need_households,
           sum(households * share) FILTER (WHERE measured) / sum(households) FILTER (WHERE measured) AS share,
           sum(population)::int AS population,
           coalesce(bool_or(indicator_is_demo) FILTER (WHERE measured), false) AS share_is_demo,
           coalesce(bool_or(indicator_is_demo) FILTER (WHERE population IS NOT NULL), false) AS population_is_demo
      FROM tracts
     GROUP BY id, name
  ), supply AS (
    SELECT neighborhood_id,
           sum(places)::int AS sites,
           coalesce(sum(places) FILTER (WHERE kind = $2), 0)::int AS keyspot_sites,
           coalesce(sum(places_with_workstations) FILTER (WHERE kind = $2), 0)::int AS keyspot_sites_with_figures,
           coalesce(sum(workstations) FILTER (WHERE kind = $2), 0)::int AS workstations,
           coalesce(sum(weekly_open_hours) FILTER (WHERE kind = $2), 0)::float8 AS weekly_open_hours
      FROM place_rollup
     WHERE neighborhood_id IN (SELECT id FROM need) AND status = $11 AND ($12::boolean OR NOT is_demo)
     GROUP BY neighborhood_id
  ), serving AS (
    SELECT neighborhood_id, sum(initiatives)::int AS initiatives
      FROM neighborhood_rollup
     WHERE neighborhood_id IN (SELECT id FROM need)
       AND status = $3
       AND (cardinality($4::text[]) = 0 OR audiences && $4::text[])
       AND ($12::boolean OR NOT is_demo)
     GROUP BY neighborhood_id
  ), gaps AS (
    SELECT need.*,
           coalesce(supply.sites, 0) AS sites,
           coalesce(supply.keyspot_sites, 0) AS keyspot_sites,
           coalesce(supply.keyspot_sites_with_figures, 0) AS keyspot_sites_with_figures,
           coalesce(supply.workstations, 0) AS workstations,
           coalesce(supply.weekly_open_hours, 0) AS weekly_open_hours,
           coalesce(serving.initiatives, 0) AS initiatives
      FROM need
      LEFT JOIN supply ON supply.neighborhood_id = need.id
      LEFT JOIN serving ON serving.neighborhood_id = need.id
  )
  SELECT gaps.*,
         coalesce(need_households, population, 0)
           / (1 + $5::float8 * sites + $6::float8 * workstations + $7::float8 * weekly_open_hours + $8::float8 * initiatives) AS score
    FROM gaps
   ORDER BY need_households IS NULL, score DESC, name, id
   LIMIT $9 OFFSET $10`;

export function queryCoverageGaps(db: DataSource, query: CoverageGapQuery): Promise<CoverageGapRow[]> {
  return db.query<CoverageGapRow[]>(SQL, [
    query.planningDistrictId,
    SiteKind.KEYSPOT,
    InitiativeStatus.ACTIVE,
    query.audiences,
    SUPPLY_WEIGHTS.site,
    SUPPLY_WEIGHTS.keyspotWorkstation,
    SUPPLY_WEIGHTS.keyspotWeeklyOpenHour,
    SUPPLY_WEIGHTS.initiative,
    query.limit,
    query.offset,
    PlaceStatus.OPEN,
    query.includeDemo,
  ]);
}
