import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Both change logs indexed by key and sequence: the feed's compaction (change-log.ts) asks, for
 * each row it reads, whether the same key has a newer unread row anywhere in the log. Without the
 * index that question was confined to a look-ahead of a few thousand rows, and a bulk write whose
 * rows of one initiative lay further apart sent it several times.
 */
export class IndexChangeLogsByKey20261203000000 implements MigrationInterface {
  name = "IndexChangeLogsByKey20261203000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX initiative_change_by_key ON initiative_change (initiative_id, seq)`);
    await db.query(`CREATE INDEX place_change_by_key ON place_change (place_key, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX place_change_by_key`);
    await db.query(`DROP INDEX initiative_change_by_key`);
  }
}
