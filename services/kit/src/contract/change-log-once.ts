import { type MigrationInterface, type QueryRunner } from "typeorm";
import { initiativeChangeTriggerBody } from "./change-tracking.js";

/**
 * An initiative enters the change log once per writing transaction, not once per row written: an
 * initiative saved with its sites, partners and outcomes, or a bulk import, logged a row for each,
 * and every feed read, the hub's catch-up included, looked through all of them to serve the
 * initiative once. The feed serves a logged initiative as it is once its transaction has ended
 * (change-log.ts), so a second row of the same transaction could only say the same thing again.
 * The check reads the key's newest row on the log's index by key: one probe, cheaper than the row,
 * and a key edited in many transactions costs no more to check than a new one.
 */
export class LogInitiativesOncePerTransaction20261205000000 implements MigrationInterface {
  name = "LogInitiativesOncePerTransaction20261205000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION dlhub_initiative_logged_now(key uuid) RETURNS boolean LANGUAGE sql AS $$
        SELECT coalesce((SELECT c.xid = pg_current_xact_id() FROM initiative_change c
                          WHERE c.initiative_id = key ORDER BY c.seq DESC LIMIT 1), false)
      $$`);
    await replaceTrigger(db, "AND NOT dlhub_initiative_logged_now(old_id)", "AND NOT dlhub_initiative_logged_now(new_id)");
  }

  async down(db: QueryRunner): Promise<void> {
    await replaceTrigger(db, "", "");
    await db.query(`DROP FUNCTION dlhub_initiative_logged_now(uuid)`);
  }
}

function replaceTrigger(db: QueryRunner, oldCondition: string, newCondition: string) {
  return db.query(`CREATE OR REPLACE FUNCTION dlhub_record_initiative_change() RETURNS trigger LANGUAGE plpgsql AS $$
    ${initiativeChangeTriggerBody(oldCondition, newCondition)}
    $$`);
}
