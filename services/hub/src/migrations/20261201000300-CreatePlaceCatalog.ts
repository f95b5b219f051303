import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The place catalog: every department's places, synced from their place feeds whether or not an
 * initiative uses them, each placed by its own coordinates. Demo flags on initiatives and partners
 * let every answer leave demo data out once real data is there.
 */
export class CreatePlaceCatalog20261201000300 implements MigrationInterface {
  name = "CreatePlaceCatalog20261201000300";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE department_feed
        ADD COLUMN place_cursor varchar(200),
        ADD COLUMN places_synced_at timestamptz`);
    await db.query(`ALTER TABLE catalog_initiative ADD COLUMN is_demo boolean NOT NULL DEFAULT false`);
    // Demo initiatives arrive flagged from the departments' feeds; until their next change the
    // rows already copied say so only in their summary, as every department's demo data writes.
    await db.query(`UPDATE catalog_initiative SET is_demo = true WHERE summary LIKE '%(DL Hub demo data)%'`);
    await db.query(`CREATE INDEX catalog_initiative_real ON catalog_initiative (id) WHERE NOT is_demo`);
    await db.query(`ALTER TABLE partner ADD COLUMN is_demo boolean NOT NULL DEFAULT false`);
    await db.query(`
      CREATE TABLE catalog_place (
        id varchar(300) PRIMARY KEY,
        source varchar(60) NOT NULL REFERENCES department_feed(name),
        department varchar(40) NOT NULL,
        kind varchar(60) NOT NULL,
        type_code varchar(60),
        status varchar(30) NOT NULL,
        name varchar(300) NOT NULL,
        address varchar(300),
        latitude double precision,
        longitude double precision,
        workstations integer,
        weekly_open_hours double precision,
        source_dataset varchar(200),
        source_imported_at timestamptz,
        is_demo boolean NOT NULL,
        host_place_id varchar(300),
        neighborhood_id varchar(120),
        planning_district_id varchar(120),
        tract_geoid varchar(20),
        synced_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', coalesce(name, '')), 'A') || setweight(to_tsvector('simple', coalesce(address, '')), 'B')
        ) STORED
      )`);
    await db.query(`CREATE INDEX catalog_place_neighborhood ON catalog_place (neighborhood_id, department, kind)`);
    await db.query(`CREATE INDEX catalog_place_district ON catalog_place (planning_district_id, department, kind)`);
    await db.query(`CREATE INDEX catalog_place_kind ON catalog_place (kind, department)`);
    await db.query(`CREATE INDEX catalog_place_name ON catalog_place (name, id)`);
    await db.query(`CREATE INDEX catalog_place_host ON catalog_place (host_place_id)`);
    await db.query(`CREATE INDEX catalog_place_position ON catalog_place (latitude, longitude)`);
    await db.query(`CREATE INDEX catalog_place_search ON catalog_place USING gin (search)`);
    await db.query(`CREATE INDEX catalog_place_real ON catalog_place (id) WHERE NOT is_demo`);
    await db.query(`CREATE INDEX catalog_site_place ON catalog_site (site_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX catalog_site_place`);
    await db.query(`DROP TABLE catalog_place`);
    await db.query(`ALTER TABLE partner DROP COLUMN is_demo`);
    await db.query(`ALTER TABLE catalog_initiative DROP COLUMN is_demo`);
    await db.query(`ALTER TABLE department_feed DROP COLUMN places_synced_at, DROP COLUMN place_cursor`);
  }
}
