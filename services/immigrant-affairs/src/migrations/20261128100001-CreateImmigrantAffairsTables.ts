import { trackInitiativeChanges } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The Office's own tables. A venue is where an initiative is delivered, so it is one of the
 * initiative's sites: its change trigger puts the initiative in the feed the hub reads.
 */
export class CreateImmigrantAffairsTables20261128100001 implements MigrationInterface {
  name = "CreateImmigrantAffairsTables20261128100001";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE venue (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE CHECK (btrim(slug) <> ''),
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        kind varchar(40) NOT NULL CHECK (kind IN ('PARTNER_SITE', 'LIBRARY_BRANCH', 'KEYSPOT', 'RECREATION_CENTER')),
        name varchar(200) NOT NULL,
        address varchar(200),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        CHECK ((latitude IS NULL) = (longitude IS NULL))
      )`);
    await db.query(`CREATE INDEX venue_initiative ON venue (initiative_id)`);
    await trackInitiativeChanges(db, "venue");
    await db.query(`
      CREATE TABLE language_access_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE CHECK (btrim(slug) <> ''),
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        venue_slug varchar(120) REFERENCES venue(slug) ON UPDATE CASCADE ON DELETE SET NULL,
        name varchar(200) NOT NULL,
        languages text[] NOT NULL CHECK (cardinality(languages) > 0
          AND languages <@ ARRAY['EN', 'ES', 'ZH', 'VI', 'RU', 'AR', 'FR', 'HT', 'PT', 'SW']),
        channels text[] NOT NULL CHECK (cardinality(channels) > 0
          AND channels <@ ARRAY['PHONE', 'TEXT_MESSAGE', 'WALK_IN', 'IN_PERSON_INTERPRETER', 'VIDEO_INTERPRETER', 'TRANSLATED_MATERIALS']),
        how_to_reach text NOT NULL CHECK (btrim(how_to_reach) <> ''),
        phone varchar(12) CHECK (phone ~ '^[0-9]{3}-[0-9]{3}-[0-9]{4}$'),
        hours varchar(200),
        -- A resident told to call or text needs a number; one told to walk in needs a place.
        CHECK (NOT channels && ARRAY['PHONE', 'TEXT_MESSAGE'] OR phone IS NOT NULL),
        CHECK (NOT channels && ARRAY['WALK_IN'] OR venue_slug IS NOT NULL)
      )`);
    // No change trigger: how a service is reached is not among what the initiative feed carries.
    await db.query(`CREATE INDEX language_access_service_initiative ON language_access_service (initiative_id)`);
    await db.query(`CREATE INDEX language_access_service_venue ON language_access_service (venue_slug)`);
    // "Who offers this in Haitian Creole?" is the question the list answers; a GIN index serves @>.
    await db.query(`CREATE INDEX language_access_service_languages ON language_access_service USING gin (languages)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE language_access_service`);
    await db.query(`DROP TABLE venue`);
  }
}
