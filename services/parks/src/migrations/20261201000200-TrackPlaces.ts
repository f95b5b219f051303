import { DEMO_DATASET } from "@dlhub/schema";
import { addPlaceProvenance, trackPlaceChanges } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/** The asset ids the demo seed wrote before demo keys existed. */
const SEEDED_CENTERS = ["1032", "1187", "1120", "1201", "1045", "1166", "1099", "1040", "1137", "2014"];

const CENTER_REFERENCES = ["computer_lab", "afterschool_computer_camp"];

/**
 * Program sites become places (docs/places.md). Each says where it came from. A row with a
 * seeded asset id is demo data unless an import wrote it: the seed left the label, data source
 * and program type code empty, which the City's export fills (the seed rewrote the first two on
 * every start, so a row it touched last is demo whatever imported it before). Demo rows are
 * renamed to `demo-` asset ids and marked; their labs and camps follow through the foreign keys.
 * Where real sites are already there the demo ones are retired, as an import now does. Labs and
 * camps exist only for their centre, so retiring a centre retires them. Rows imported before
 * the type code was kept get it back from the words the importer wrote for it, which name
 * exactly one code. A lab's workstations are its centre's, so labs feed the centre's place.
 */
export class TrackPlaces20261201000200 implements MigrationInterface {
  name = "TrackPlaces20261201000200";

  async up(db: QueryRunner): Promise<void> {
    await addPlaceProvenance(db, "recreation_center");
    for (const table of CENTER_REFERENCES) await referenceCenters(db, table, "ON UPDATE CASCADE ON DELETE CASCADE");
    await db.query(
      `UPDATE recreation_center SET asset_id = 'demo-' || asset_id, is_demo = true, source_dataset = $2
        WHERE asset_id = ANY($1) AND label_number IS NULL AND data_source IS NULL AND program_type_code IS NULL`,
      [SEEDED_CENTERS, DEMO_DATASET],
    );
    await db.query(`
      UPDATE recreation_center SET program_type_code = CASE program_type
          WHEN 'Recreation Center' THEN 'PPR_REC' WHEN 'Playground' THEN 'PPR_REC'
          WHEN 'Older Adult Center' THEN 'OLDER_ADULT_CENTER' WHEN 'Pool' THEN 'POOL'
          WHEN 'Environmental Education Center' THEN 'ENVIRONMENTAL_EDUCATION_CENTER' END
        WHERE NOT is_demo AND program_type_code IS NULL`);
    // Demo labs and camps never hang off a real centre, and demo centres never sit beside real ones.
    for (const table of CENTER_REFERENCES) {
      await db.query(`
        DELETE FROM ${table} WHERE initiative_id IN (SELECT id FROM initiative WHERE is_demo)
           AND center_asset_id IN (SELECT asset_id FROM recreation_center WHERE NOT is_demo)`);
    }
    await db.query(`DELETE FROM recreation_center WHERE is_demo AND EXISTS (SELECT 1 FROM recreation_center WHERE NOT is_demo)`);
    await trackPlaceChanges(db, "recreation_center", `'recreation_center:' || asset_id`);
    await trackPlaceChanges(db, "computer_lab", `'recreation_center:' || center_asset_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION computer_lab_place_changed() CASCADE`);
    await db.query(`DROP FUNCTION recreation_center_place_changed() CASCADE`);
    await db.query(`UPDATE recreation_center SET asset_id = substr(asset_id, 6) WHERE is_demo AND asset_id LIKE 'demo-%'`);
    for (const table of CENTER_REFERENCES) await referenceCenters(db, table, "");
    await db.query(`ALTER TABLE recreation_center DROP COLUMN is_demo, DROP COLUMN source_dataset, DROP COLUMN source_imported_at`);
  }
}

async function referenceCenters(db: QueryRunner, table: string, actions: string): Promise<void> {
  await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_center_asset_id_fkey`);
  await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_center_asset_id_fkey FOREIGN KEY (center_asset_id) REFERENCES recreation_center(asset_id) ${actions}`);
}
