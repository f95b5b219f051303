import { addPlaceProvenance, trackPlaceChanges } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/** The keys the demo data used before demo keys began with `demo-`, as the seed wrote them. */
const OLD_DEMO_BRANCHES = ["52022", "52026", "52018", "52050", "52002", "52045", "52034"];
const OLD_DEMO_HOT_SPOT_LABS = ["village-of-arts", "heavenly-hall", "mercy-neighborhood"];

/**
 * The Free Library's places enter the place feed (docs/places.md), each row saying whether it is
 * demo data and which file it came from; branches keep the list's own TYPE, and a public computer
 * count only where one is stated (the list states none; the old default of 0 was nobody's count).
 *
 * Demo rows written before this migration are deleted; the seed writes them again under `demo-`
 * keys. A demo branch code is a real one (the demo followed the public list) and the location
 * importer updated such a row in place, so once the table holds any other branch an import has
 * run and the demo-coded rows are real branches: they stay, without the demo's invented count.
 * Classes are demo data wherever they meet, so those at the old demo codes go either way, and a
 * class now goes with its branch. Hot Spot labs and Techmobile stops have no importer: the old
 * demo labs are known, and every stop was seeded.
 */
export class TrackPlaces20261201000200 implements MigrationInterface {
  name = "TrackPlaces20261201000200";

  async up(db: QueryRunner): Promise<void> {
    for (const table of ["branch", "hot_spot_lab", "techmobile_stop"]) await addPlaceProvenance(db, table);
    await db.query(`
      ALTER TABLE branch
        ADD COLUMN type_code varchar(40),
        ALTER COLUMN public_computers DROP NOT NULL,
        ALTER COLUMN public_computers DROP DEFAULT`);
    await db.query(`
      ALTER TABLE computer_class
        DROP CONSTRAINT computer_class_branch_code_fkey,
        ADD CONSTRAINT computer_class_branch_code_fkey FOREIGN KEY (branch_code) REFERENCES branch(code) ON DELETE CASCADE`);

    await db.query(`DELETE FROM computer_class WHERE branch_code = ANY($1)`, [OLD_DEMO_BRANCHES]);
    await db.query(`DELETE FROM branch WHERE code = ANY($1) AND NOT EXISTS (SELECT 1 FROM branch WHERE code <> ALL($1))`, [OLD_DEMO_BRANCHES]);
    await db.query(`
      UPDATE branch SET public_computers = NULL,
        type_code = CASE type WHEN 'CENTRAL' THEN 'Central' WHEN 'SPECIAL_AGENCY' THEN 'Special Agencies' ELSE 'Branch' END`);
    await db.query(`DELETE FROM hot_spot_lab WHERE slug = ANY($1)`, [OLD_DEMO_HOT_SPOT_LABS]);
    await db.query(`DELETE FROM techmobile_stop`);

    await trackPlaceChanges(db, "branch", `'library_branch:' || code`);
    await trackPlaceChanges(db, "hot_spot_lab", `'hot_spot_lab:' || slug`);
    await trackPlaceChanges(db, "techmobile_stop", `'techmobile_stop:' || CASE WHEN is_demo THEN 'demo-' ELSE '' END || location_name`);
  }

  /** Keeps the rows; a branch without a stated count gets the old default of 0 back. */
  async down(db: QueryRunner): Promise<void> {
    for (const table of ["techmobile_stop", "hot_spot_lab", "branch"]) {
      await db.query(`DROP FUNCTION ${table}_place_changed() CASCADE`);
    }
    await db.query(`
      ALTER TABLE computer_class
        DROP CONSTRAINT computer_class_branch_code_fkey,
        ADD CONSTRAINT computer_class_branch_code_fkey FOREIGN KEY (branch_code) REFERENCES branch(code)`);
    await db.query(`UPDATE branch SET public_computers = 0 WHERE public_computers IS NULL`);
    await db.query(`ALTER TABLE branch ALTER COLUMN public_computers SET DEFAULT 0, ALTER COLUMN public_computers SET NOT NULL, DROP COLUMN type_code`);
    for (const table of ["techmobile_stop", "hot_spot_lab", "branch"]) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN is_demo, DROP COLUMN source_dataset, DROP COLUMN source_imported_at`);
    }
  }
}
