import { type MigrationInterface, type QueryRunner } from "typeorm";

/** A supergraph version may now be made by deleting a subgraph (Registry.deleteSubgraph). */
export class AllowDeleteReason20261202000100 implements MigrationInterface {
  name = "AllowDeleteReason20261202000100";

  async up(db: QueryRunner): Promise<void> {
    // PostgreSQL named the column's CHECK itself when the table was created; replaced, not edited.
    await db.query(`ALTER TABLE supergraph_version DROP CONSTRAINT supergraph_version_reason_check`);
    await db.query(`ALTER TABLE supergraph_version ADD CONSTRAINT supergraph_version_reason_check CHECK (reason IN ('publish', 'rollback', 'delete'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Fails while a 'delete' version exists: history is never rewritten to make a downgrade fit.
    await db.query(`ALTER TABLE supergraph_version DROP CONSTRAINT supergraph_version_reason_check`);
    await db.query(`ALTER TABLE supergraph_version ADD CONSTRAINT supergraph_version_reason_check CHECK (reason IN ('publish', 'rollback'))`);
  }
}
