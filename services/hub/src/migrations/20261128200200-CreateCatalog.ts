import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The catalog: a copy of every department's initiatives (contract fields only), kept by the sync
 * from the departments' feeds, indexed for the coordinator's filters, search and roll-ups.
 */
export class CreateCatalog20261128200200 implements MigrationInterface {
  name = "CreateCatalog20261128200200";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE department_feed (
        name varchar(60) PRIMARY KEY,
        department varchar(40),
        feed_url varchar(500) NOT NULL,
        cursor varchar(200),
        last_synced_at timestamptz,
        last_attempt_at timestamptz,
        last_error text
      )`);
    await db.query(`
      CREATE TABLE catalog_initiative (
        id uuid PRIMARY KEY,
        source varchar(60) NOT NULL REFERENCES department_feed(name),
        department varchar(40) NOT NULL,
        slug varchar(120) NOT NULL,
        title varchar(200) NOT NULL,
        summary text NOT NULL,
        kind varchar(40) NOT NULL,
        status varchar(20) NOT NULL,
        audiences text[] NOT NULL,
        languages text[] NOT NULL,
        pillars text[] NOT NULL,
        start_date date NOT NULL,
        end_date date,
        source_updated_at timestamptz NOT NULL,
        synced_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(summary, '')), 'B')
        ) STORED,
        UNIQUE (source, slug)
      )`);
    await db.query(`CREATE INDEX catalog_initiative_search ON catalog_initiative USING gin (search)`);
    await db.query(`CREATE INDEX catalog_initiative_audiences ON catalog_initiative USING gin (audiences)`);
    await db.query(`CREATE INDEX catalog_initiative_languages ON catalog_initiative USING gin (languages)`);
    await db.query(`CREATE INDEX catalog_initiative_pillars ON catalog_initiative USING gin (pillars)`);
    await db.query(`CREATE INDEX catalog_initiative_department ON catalog_initiative (department, status)`);
    await db.query(`CREATE INDEX catalog_initiative_dates ON catalog_initiative (start_date, end_date)`);
    await db.query(`CREATE INDEX catalog_initiative_title ON catalog_initiative (title, id)`);
    await db.query(`
      CREATE TABLE catalog_site (
        initiative_id uuid NOT NULL REFERENCES catalog_initiative(id) ON DELETE CASCADE,
        site_id varchar(300) NOT NULL,
        name varchar(300) NOT NULL,
        kind varchar(40) NOT NULL,
        address varchar(300),
        latitude double precision,
        longitude double precision,
        workstations integer,
        weekly_open_hours double precision,
        neighborhood_id varchar(120),
        planning_district_id varchar(120),
        tract_geoid varchar(20),
        PRIMARY KEY (initiative_id, site_id)
      )`);
    await db.query(`CREATE INDEX catalog_site_neighborhood ON catalog_site (neighborhood_id)`);
    await db.query(`CREATE INDEX catalog_site_district ON catalog_site (planning_district_id)`);
    await db.query(`
      CREATE TABLE catalog_partner (
        initiative_id uuid NOT NULL REFERENCES catalog_initiative(id) ON DELETE CASCADE,
        partner_slug varchar(120) NOT NULL,
        name varchar(200) NOT NULL,
        role varchar(20) NOT NULL,
        PRIMARY KEY (initiative_id, partner_slug)
      )`);
    await db.query(`CREATE INDEX catalog_partner_slug ON catalog_partner (partner_slug, role)`);
    await db.query(`
      CREATE TABLE catalog_outcome (
        initiative_id uuid NOT NULL REFERENCES catalog_initiative(id) ON DELETE CASCADE,
        metric varchar(40) NOT NULL,
        value integer NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        PRIMARY KEY (initiative_id, metric, period_start)
      )`);
    await db.query(`CREATE INDEX catalog_outcome_metric ON catalog_outcome (metric, period_start)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["catalog_outcome", "catalog_partner", "catalog_site", "catalog_initiative", "department_feed"]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
