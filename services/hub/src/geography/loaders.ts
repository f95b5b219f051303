import { defineLoader, groupByKey, indexByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { CensusTract } from "./census-tract.entity.js";
import { Neighborhood } from "./neighborhood.entity.js";
import { PlanningDistrict } from "./planning-district.entity.js";

/** Geography's per-request loaders: one statement per relation per request, geometry never read. */

export const neighborhoodById = defineLoader<string, Neighborhood | null>("neighborhoodById", async (ids, db) =>
  indexByKey(ids, await db.getRepository(Neighborhood).findBy({ id: In([...ids]) }), (n) => n.id),
);

export const planningDistrictById = defineLoader<string, PlanningDistrict | null>("planningDistrictById", async (ids, db) =>
  indexByKey(ids, await db.getRepository(PlanningDistrict).findBy({ id: In([...ids]) }), (d) => d.id),
);

export const censusTractByGeoid = defineLoader<string, CensusTract | null>("censusTractByGeoid", async (geoids, db) =>
  indexByKey(geoids, await db.getRepository(CensusTract).findBy({ geoid: In([...geoids]) }), (t) => t.geoid),
);

export const neighborhoodsByDistrict = defineLoader<string, Neighborhood[]>("neighborhoodsByDistrict", async (ids, db) =>
  groupByKey(
    ids,
    await db.getRepository(Neighborhood).find({ where: { planningDistrictId: In([...ids]) }, order: { name: "ASC" } }),
    (n) => n.planningDistrictId as string,
  ),
);

export const tractsByNeighborhood = defineLoader<string, CensusTract[]>("tractsByNeighborhood", async (ids, db) =>
  groupByKey(
    ids,
    await db.getRepository(CensusTract).find({ where: { neighborhoodId: In([...ids]) }, order: { geoid: "ASC" } }),
    (t) => t.neighborhoodId as string,
  ),
);

/** What a neighborhood's tracts add up to; every part is null when none of its tracts knows it. */
export interface TractTotals {
  households: number | null;
  population: number | null;
  internetSubscriptionShare: number | null;
}

interface TotalsRow {
  neighborhood_id: string;
  households: string | null;
  population: string | null;
  share: number | null;
}

/**
 * Sums and the household-weighted share in SQL, so a page of neighborhoods costs one statement.
 * The share is weighted only over tracts that know both their households and their share: a
 * tract with a share but no household count cannot be weighted, and leaving it out is more honest
 * than weighting it as if it were average.
 */
export const tractTotalsByNeighborhood = defineLoader<string, TractTotals>("tractTotalsByNeighborhood", async (ids, db) => {
  const rows = await db.query<TotalsRow[]>(
    `SELECT neighborhood_id,
            sum(households) AS households,
            sum(population) AS population,
            sum(households * broadband_subscription_share) FILTER (WHERE households > 0 AND broadband_subscription_share IS NOT NULL)
              / nullif(sum(households) FILTER (WHERE households > 0 AND broadband_subscription_share IS NOT NULL), 0) AS share
       FROM census_tract
      WHERE neighborhood_id = ANY($1)
      GROUP BY neighborhood_id`,
    [[...ids]],
  );
  const byId = new Map(rows.map((row) => [row.neighborhood_id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    return {
      // bigint sums come back as strings; a city's households fit a double exactly.
      households: row?.households == null ? null : Number(row.households),
      population: row?.population == null ? null : Number(row.population),
      internetSubscriptionShare: row?.share ?? null,
    };
  });
});
