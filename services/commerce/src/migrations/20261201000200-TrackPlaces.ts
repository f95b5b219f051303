import { DEMO_DATASET } from "@dlhub/schema";
import { addPlaceProvenance, trackPlaceChanges } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The corridors the demo seed wrote before demo keys existed. Commerce has no corridor importer
 * and no way to type a corridor in, so a corridor with one of these slugs is demo data.
 */
const SEEDED_CORRIDORS = [
  "germantown-ave-chelten",
  "frankford-ave-kensington",
  "52nd-st-west-philadelphia",
  "castor-ave-oxford-circle",
  "east-passyunk-ave",
  "n-5th-st-el-centro-de-oro",
];

const CORRIDOR_REFERENCES = ["business_cohort", "business_served"];

/**
 * Corridors become places (docs/places.md): they say where they came from, the seed's corridors
 * are renamed to `demo-` keys and marked as demo (their cohorts and businesses follow through
 * the foreign keys, so nothing dangles), and every change to a corridor enters the place feed.
 * A cohort or business on a corridor exists only for that corridor, so retiring a corridor
 * retires them too.
 */
export class TrackPlaces20261201000200 implements MigrationInterface {
  name = "TrackPlaces20261201000200";

  async up(db: QueryRunner): Promise<void> {
    await addPlaceProvenance(db, "commercial_corridor");
    for (const table of CORRIDOR_REFERENCES) await referenceCorridors(db, table, "ON UPDATE CASCADE ON DELETE CASCADE");
    await db.query(
      `UPDATE commercial_corridor SET id = 'demo-' || id, is_demo = true, source_dataset = $2 WHERE id = ANY($1)`,
      [SEEDED_CORRIDORS, DEMO_DATASET],
    );
    await trackPlaceChanges(db, "commercial_corridor", `'commercial_corridor:' || id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION commercial_corridor_place_changed() CASCADE`);
    await db.query(`UPDATE commercial_corridor SET id = substr(id, 6) WHERE is_demo AND id LIKE 'demo-%'`);
    for (const table of CORRIDOR_REFERENCES) await referenceCorridors(db, table, "");
    await db.query(`ALTER TABLE commercial_corridor DROP COLUMN is_demo, DROP COLUMN source_dataset, DROP COLUMN source_imported_at`);
  }
}

async function referenceCorridors(db: QueryRunner, table: string, actions: string): Promise<void> {
  await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_corridor_id_fkey`);
  await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_corridor_id_fkey FOREIGN KEY (corridor_id) REFERENCES commercial_corridor(id) ${actions}`);
}
