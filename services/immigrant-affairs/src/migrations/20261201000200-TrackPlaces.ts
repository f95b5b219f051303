import { DEMO_DATASET } from "@dlhub/schema";
import { addPlaceProvenance, trackPlaceChanges } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * What the demo seed wrote before demo keys existed. The Office has no importer and no way to
 * type a venue or service in, so a row with one of these slugs under a demo initiative is demo.
 */
const SEEDED_VENUES = [
  "seamaac-south-broad",
  "congreso-american-street",
  "whitman-library",
  "logan-library",
  "kensington-library",
  "philadelphia-fight-keyspot",
  "fumo-family-library",
  "northeast-regional-library",
  "pec-families-first",
];
const SEEDED_SERVICES = [
  "digital-access-help-line",
  "class-interpreter-requests",
  "seamaac-walk-in-sign-up",
  "congreso-walk-in-sign-up",
  "translated-workshop-guides",
  "northeast-community-day-table",
];

/**
 * Venues and walk-in language-access services (desks) become places (docs/places.md). Both say
 * where they came from; the seed's rows are renamed to `demo-` slugs and marked as demo (services
 * follow their venue's new slug through the foreign key). A service at a venue exists for that
 * venue (a walk-in one cannot even lose it), so retiring a venue retires its services. A desk
 * stands at its venue's address, so a venue's change is also a change of the desks inside it.
 */
export class TrackPlaces20261201000200 implements MigrationInterface {
  name = "TrackPlaces20261201000200";

  async up(db: QueryRunner): Promise<void> {
    await addPlaceProvenance(db, "venue");
    await addPlaceProvenance(db, "language_access_service");
    await serviceVenueReference(db, "ON DELETE CASCADE");
    for (const [table, slugs] of [["venue", SEEDED_VENUES], ["language_access_service", SEEDED_SERVICES]] as const) {
      await db.query(
        `UPDATE ${table} SET slug = 'demo-' || slug, is_demo = true, source_dataset = $2
          WHERE slug = ANY($1) AND initiative_id IN (SELECT id FROM initiative WHERE is_demo)`,
        [slugs, DEMO_DATASET],
      );
    }
    // A service is a place only while residents can walk in to it: the key is no row otherwise.
    await db.query(`
      CREATE FUNCTION language_access_desk_key(slug varchar, channels text[]) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
        SELECT 'language_access_desk:' || $1 WHERE 'WALK_IN' = ANY($2)
      $$`);
    await db.query(`
      CREATE FUNCTION venue_place_keys(kind varchar, slug varchar) RETURNS SETOF text LANGUAGE sql STABLE AS $$
        SELECT lower($1) || ':' || $2
        UNION ALL
        SELECT language_access_desk_key(s.slug, s.channels) FROM language_access_service s WHERE s.venue_slug = $2
      $$`);
    await trackPlaceChanges(db, "venue", `venue_place_keys(kind, slug)`);
    await trackPlaceChanges(db, "language_access_service", `language_access_desk_key(slug, channels)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION language_access_service_place_changed() CASCADE`);
    await db.query(`DROP FUNCTION venue_place_changed() CASCADE`);
    await db.query(`DROP FUNCTION venue_place_keys(varchar, varchar)`);
    await db.query(`DROP FUNCTION language_access_desk_key(varchar, text[])`);
    for (const table of ["venue", "language_access_service"]) {
      await db.query(`UPDATE ${table} SET slug = substr(slug, 6) WHERE is_demo AND slug LIKE 'demo-%'`);
    }
    await serviceVenueReference(db, "ON DELETE SET NULL");
    for (const table of ["venue", "language_access_service"]) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN is_demo, DROP COLUMN source_dataset, DROP COLUMN source_imported_at`);
    }
  }
}

async function serviceVenueReference(db: QueryRunner, onDelete: string): Promise<void> {
  await db.query(`ALTER TABLE language_access_service DROP CONSTRAINT language_access_service_venue_slug_fkey`);
  await db.query(`ALTER TABLE language_access_service ADD CONSTRAINT language_access_service_venue_slug_fkey
    FOREIGN KEY (venue_slug) REFERENCES venue(slug) ON UPDATE CASCADE ${onDelete}`);
}
