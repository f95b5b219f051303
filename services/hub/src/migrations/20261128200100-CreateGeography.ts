import { type MigrationInterface, type QueryRunner } from "typeorm";

/** The columns every boundary layer has: GeoJSON, its bounding box, its centroid, the demo flag. */
const AREA_COLUMNS = `
  geometry jsonb NOT NULL CHECK (geometry->>'type' IN ('Polygon', 'MultiPolygon')),
  min_longitude double precision NOT NULL,
  min_latitude double precision NOT NULL,
  max_longitude double precision NOT NULL,
  max_latitude double precision NOT NULL,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  is_demo boolean NOT NULL DEFAULT false,
  CHECK (min_longitude >= -180 AND max_longitude <= 180 AND min_longitude <= max_longitude),
  CHECK (min_latitude >= -90 AND max_latitude <= 90 AND min_latitude <= max_latitude),
  CHECK (longitude BETWEEN min_longitude AND max_longitude AND latitude BETWEEN min_latitude AND max_latitude)`;

/** Ids are slugs of the City's names; the GeoIndex and other subgraphs key on them. */
const SLUG_CHECK = `CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$')`;

export class CreateGeography20261128200100 implements MigrationInterface {
  name = "CreateGeography20261128200100";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE planning_district (
        id varchar(80) PRIMARY KEY ${SLUG_CHECK},
        name varchar(120) NOT NULL CHECK (name <> ''),
        number integer NOT NULL CHECK (number >= 0),
        ${AREA_COLUMNS}
      )`);
    await db.query(`
      CREATE TABLE neighborhood (
        id varchar(80) PRIMARY KEY ${SLUG_CHECK},
        name varchar(120) NOT NULL CHECK (name <> ''),
        map_name varchar(120) NOT NULL CHECK (map_name <> ''),
        area_square_meters double precision NOT NULL CHECK (area_square_meters > 0),
        planning_district_id varchar(80) REFERENCES planning_district(id) ON DELETE SET NULL,
        ${AREA_COLUMNS}
      )`);
    await db.query(`
      CREATE TABLE census_tract (
        geoid varchar(11) PRIMARY KEY CHECK (geoid ~ '^[0-9]{11}$'),
        name varchar(20) NOT NULL CHECK (name <> ''),
        land_area_sqm double precision NOT NULL CHECK (land_area_sqm >= 0),
        neighborhood_id varchar(80) REFERENCES neighborhood(id) ON DELETE SET NULL,
        households integer CHECK (households >= 0),
        population integer CHECK (population >= 0),
        broadband_subscription_share double precision CHECK (broadband_subscription_share BETWEEN 0 AND 1),
        indicator_source varchar(120),
        indicator_is_demo boolean,
        ${AREA_COLUMNS},
        -- Indicators without a stated source could not be told apart from measured ones.
        CHECK ((households IS NULL AND population IS NULL AND broadband_subscription_share IS NULL)
               OR (indicator_source IS NOT NULL AND indicator_is_demo IS NOT NULL))
      )`);
    // The bounding-box columns answer "which areas could contain this point" before any polygon test.
    for (const table of ["planning_district", "neighborhood", "census_tract"]) {
      await db.query(`CREATE INDEX ${table}_bbox ON ${table} (min_longitude, max_longitude, min_latitude, max_latitude)`);
    }
    await db.query(`CREATE INDEX neighborhood_planning_district ON neighborhood (planning_district_id)`);
    await db.query(`CREATE INDEX census_tract_neighborhood ON census_tract (neighborhood_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE census_tract`);
    await db.query(`DROP TABLE neighborhood`);
    await db.query(`DROP TABLE planning_district`);
  }
}
