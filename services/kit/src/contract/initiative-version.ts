import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Every initiative carries a version that a trigger raises on every real change, whoever makes it
 * (an editor through the graph, an importer, the demo data). An editor's update names the version
 * it read and matches only that version, so a change made in between is never silently overwritten.
 */
export class AddInitiativeVersion20261128100200 implements MigrationInterface {
  name = "AddInitiativeVersion20261128100200";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await db.query(`
      CREATE FUNCTION dlhub_raise_initiative_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := OLD.version + 1;
        RETURN NEW;
      END $$`);
    // An UPDATE that changes nothing (an idempotent re-import) leaves the version as it was.
    await db.query(`CREATE TRIGGER initiative_version BEFORE UPDATE ON initiative
      FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION dlhub_raise_initiative_version()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION dlhub_raise_initiative_version() CASCADE`);
    await db.query(`ALTER TABLE initiative DROP COLUMN version`);
  }
}
