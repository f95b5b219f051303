import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Corridors, cohorts, the businesses they served and workforce grants. Corridor coordinates are
 * held to Philadelphia's bounding box so a swapped latitude/longitude fails on insert instead of
 * putting a corridor in the ocean on the coordinator's map.
 */
export class CreateCommerceTables20261128000300 implements MigrationInterface {
  name = "CreateCommerceTables20261128000300";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE commercial_corridor (
        id varchar(80) PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name varchar(120) NOT NULL,
        description varchar(200) NOT NULL,
        council_district smallint NOT NULL CHECK (council_district BETWEEN 1 AND 10),
        latitude double precision NOT NULL CHECK (latitude BETWEEN 39.86 AND 40.14),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -75.29 AND -74.95),
        storefront_count integer NOT NULL CHECK (storefront_count >= 0)
      )`);
    await db.query(`
      CREATE TABLE business_cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        corridor_id varchar(80) REFERENCES commercial_corridor(id),
        name varchar(200) NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        language varchar(2) NOT NULL CHECK (language ~ '^[A-Z]{2}$'),
        businesses_enrolled integer NOT NULL CHECK (businesses_enrolled >= 0),
        businesses_completed integer NOT NULL CHECK (businesses_completed >= 0),
        CHECK (ends_on >= starts_on),
        CHECK (businesses_completed <= businesses_enrolled)
      )`);
    await db.query(`CREATE INDEX business_cohort_initiative ON business_cohort (initiative_id)`);
    await db.query(`CREATE INDEX business_cohort_corridor ON business_cohort (corridor_id)`);
    await db.query(`
      CREATE TABLE business_served (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES business_cohort(id) ON DELETE CASCADE,
        business_name varchar(200) NOT NULL,
        corridor_id varchar(80) REFERENCES commercial_corridor(id),
        industry varchar(40) NOT NULL CHECK (industry IN ('FOOD_SERVICE', 'GROCERY', 'RETAIL', 'PERSONAL_CARE',
          'PROFESSIONAL_SERVICES', 'REPAIR_SERVICES', 'ARTS_AND_CULTURE', 'CHILD_CARE')),
        owner_language varchar(2) NOT NULL CHECK (owner_language ~ '^[A-Z]{2}$'),
        completed boolean NOT NULL DEFAULT false,
        UNIQUE (cohort_id, business_name)
      )`);
    await db.query(`CREATE INDEX business_served_corridor ON business_served (corridor_id)`);
    await db.query(`
      CREATE TABLE workforce_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        grantee_slug varchar(120) NOT NULL,
        grantee_name varchar(200) NOT NULL,
        amount_usd integer NOT NULL CHECK (amount_usd > 0),
        fiscal_year varchar(6) NOT NULL CHECK (fiscal_year ~ '^FY[0-9]{4}$'),
        purpose text NOT NULL,
        UNIQUE (initiative_id, grantee_slug, fiscal_year)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["workforce_grant", "business_served", "business_cohort", "commercial_corridor"]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
