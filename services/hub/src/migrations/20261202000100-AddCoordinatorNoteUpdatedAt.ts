import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The coordinator may now edit a note: `updated_at` says when it last was. Left null for notes
 * never edited rather than copied from `created_at`, so "edited" means a person edited it.
 */
export class AddCoordinatorNoteUpdatedAt20261202000100 implements MigrationInterface {
  name = "AddCoordinatorNoteUpdatedAt20261202000100";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE coordinator_note ADD COLUMN updated_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE coordinator_note DROP COLUMN updated_at`);
  }
}
