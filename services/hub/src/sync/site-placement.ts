import { type DataSource } from "typeorm";
import { type GeoIndex } from "../geography/geo-index.js";
import { geoIndexFromDatabase } from "../geography/geo-layers.js";
import { type Location, type Locator } from "./locator.js";

/**
 * Places sites on the map with the boundaries in the hub's database. Boundaries change only by
 * import, possibly from another process, so before each sync round it compares a cheap
 * fingerprint of the three boundary tables (their row versions) and, when it moved, rebuilds the
 * index and re-places every catalog site and place at once.
 */
export class SitePlacement implements Locator {
  private index: GeoIndex | null = null;
  private fingerprint = "";

  constructor(private readonly dataSource: DataSource) {}

  locate(longitude: number, latitude: number): Location {
    return this.index?.locate(longitude, latitude) ?? { neighborhoodId: null, planningDistrictId: null, tractGeoid: null };
  }

  async refresh(): Promise<void> {
    const [{ fingerprint }]: { fingerprint: string }[] = await this.dataSource.query(`
      SELECT concat_ws(':',
        (SELECT count(*) || '/' || coalesce(max(xmin::text::bigint), 0) FROM neighborhood),
        (SELECT count(*) || '/' || coalesce(max(xmin::text::bigint), 0) FROM planning_district),
        (SELECT count(*) || '/' || coalesce(max(xmin::text::bigint), 0) FROM census_tract)) AS fingerprint`);
    if (fingerprint === this.fingerprint && this.index) return;
    this.index = await geoIndexFromDatabase(this.dataSource.manager);
    this.fingerprint = fingerprint;
    await this.placeAll();
  }

  private async placeAll(): Promise<void> {
    await this.placeSites();
    await this.placePlaces();
  }

  /** Every place of the place catalog, by its own coordinates. */
  private async placePlaces(): Promise<void> {
    const places: { id: string; longitude: number; latitude: number }[] = await this.dataSource.query(
      `SELECT id, longitude, latitude FROM catalog_place WHERE longitude IS NOT NULL AND latitude IS NOT NULL`,
    );
    if (places.length === 0) return;
    const located = places.map((p) => this.locate(p.longitude, p.latitude));
    await this.dataSource.query(
      `UPDATE catalog_place c SET neighborhood_id = u.neighborhood_id, planning_district_id = u.planning_district_id, tract_geoid = u.tract_geoid
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(id, neighborhood_id, planning_district_id, tract_geoid)
        WHERE c.id = u.id`,
      [places.map((p) => p.id), located.map((l) => l.neighborhoodId), located.map((l) => l.planningDistrictId), located.map((l) => l.tractGeoid)],
    );
  }

  private async placeSites(): Promise<void> {
    const sites: { initiative_id: string; site_id: string; longitude: number; latitude: number }[] = await this.dataSource.query(
      `SELECT initiative_id, site_id, longitude, latitude FROM catalog_site WHERE longitude IS NOT NULL AND latitude IS NOT NULL`,
    );
    if (sites.length === 0) return;
    const places = sites.map((s) => this.locate(s.longitude, s.latitude));
    await this.dataSource.query(
      `UPDATE catalog_site c SET neighborhood_id = u.neighborhood_id, planning_district_id = u.planning_district_id, tract_geoid = u.tract_geoid
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(initiative_id, site_id, neighborhood_id, planning_district_id, tract_geoid)
        WHERE c.initiative_id = u.initiative_id AND c.site_id = u.site_id`,
      [
        sites.map((s) => s.initiative_id),
        sites.map((s) => s.site_id),
        places.map((p) => p.neighborhoodId),
        places.map((p) => p.planningDistrictId),
        places.map((p) => p.tractGeoid),
      ],
    );
  }
}
