import { type EntityManager } from "typeorm";
import { loadGeoLayers } from "../geo-layers.js";
import { GeoIndex } from "../geo-index.js";

interface PointRow {
  id: string;
  longitude: number;
  latitude: number;
}

/**
 * Stores which district each neighborhood's point lies in and which neighborhood each tract's
 * point lies in. Every geography import calls it inside its transaction, because any of the
 * three layers changing can change the answers; at about 560 shapes recomputing all of it costs
 * a few hundred milliseconds, less than deciding what could have changed.
 */
export async function recomputeAssignments(manager: EntityManager): Promise<void> {
  const index = await GeoIndex.build(() => loadGeoLayers(manager));
  const neighborhoods = await manager.query<PointRow[]>(`SELECT id, longitude, latitude FROM neighborhood`);
  const tracts = await manager.query<PointRow[]>(`SELECT geoid AS id, longitude, latitude FROM census_tract`);
  const districtOf = neighborhoods.map((n) => index.locate(n.longitude, n.latitude).planningDistrictId);
  const neighborhoodOf = tracts.map((t) => index.locate(t.longitude, t.latitude).neighborhoodId);
  await manager.query(
    `UPDATE neighborhood n SET planning_district_id = a.district_id
       FROM unnest($1::varchar[], $2::varchar[]) AS a(id, district_id)
      WHERE n.id = a.id AND n.planning_district_id IS DISTINCT FROM a.district_id`,
    [neighborhoods.map((n) => n.id), districtOf],
  );
  await manager.query(
    `UPDATE census_tract t SET neighborhood_id = a.neighborhood_id
       FROM unnest($1::varchar[], $2::varchar[]) AS a(geoid, neighborhood_id)
      WHERE t.geoid = a.geoid AND t.neighborhood_id IS DISTINCT FROM a.neighborhood_id`,
    [tracts.map((t) => t.id), neighborhoodOf],
  );
}

/**
 * Geography imports run one at a time: each recomputes assignments over all three layers, and two
 * at once would update the same rows in different orders. Held until the transaction ends.
 */
export async function lockGeography(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('dlhub:geography-import'))`);
}

/**
 * Removes every demo shape before real City data goes in. Demo and real shapes must never mix:
 * a real neighborhood would otherwise report demo tracts' invented broadband shares as its own.
 */
export async function removeDemoGeography(manager: EntityManager): Promise<void> {
  await manager.query(`DELETE FROM census_tract WHERE is_demo`);
  await manager.query(`DELETE FROM neighborhood WHERE is_demo`);
  await manager.query(`DELETE FROM planning_district WHERE is_demo`);
}
