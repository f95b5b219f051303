import { type EntityManager } from "typeorm";
import { type AreaGeometry } from "./geometry.js";
import { type GeoLayers, GeoIndex } from "./geo-index.js";

interface AreaRow {
  id: string;
  geometry: AreaGeometry;
}

/**
 * Reads the three boundary layers for the GeoIndex: three statements, ids and geometry only.
 * Takes an EntityManager so an importer can index the rows of its own, uncommitted transaction.
 */
export async function loadGeoLayers(manager: EntityManager): Promise<GeoLayers> {
  // One after another: inside a transaction they share one connection anyway.
  const neighborhoods = await manager.query<AreaRow[]>(`SELECT id, geometry FROM neighborhood`);
  const planningDistricts = await manager.query<AreaRow[]>(`SELECT id, geometry FROM planning_district`);
  const tracts = await manager.query<AreaRow[]>(`SELECT geoid AS id, geometry FROM census_tract`);
  return { neighborhoods, planningDistricts, tracts };
}

/** The index a running service keeps: built from the database, rebuilt from it after imports. */
export const geoIndexFromDatabase = (manager: EntityManager) => GeoIndex.build(() => loadGeoLayers(manager));
