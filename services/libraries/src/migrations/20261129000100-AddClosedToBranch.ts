import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The Free Library's location list keeps closed locations, marked "(closed)" in the name (George
 * Institute in the 2014 list). Imported as a flag, so the name stays a name and a map can leave
 * the branch out.
 */
export class AddClosedToBranch20261129000100 implements MigrationInterface {
  name = "AddClosedToBranch20261129000100";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE branch ADD COLUMN closed boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE branch DROP COLUMN closed`);
  }
}
