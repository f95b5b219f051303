import { DATA_VERSION_FUNCTION, DATA_VERSION_TRIGGER } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/** When a department was last read: written every sync round, whether or not anything changed. */
const HEARTBEAT = ["last_attempt_at", "last_synced_at", "places_synced_at"];
const TRIGGERS = [DATA_VERSION_TRIGGER, `${DATA_VERSION_TRIGGER}_rows`, `${DATA_VERSION_TRIGGER}_truncate`];
const without = (row: "OLD" | "NEW") => `to_jsonb(${row}) - ${HEARTBEAT.map((column) => `'${column}'`).join(" - ")}`;

/**
 * A sync round that finds nothing new still records when it read each department. Counted as a
 * change of the hub's data (kit: data-version.ts), it would move the hub's data version every
 * round and empty the gateway's response cache of every catalog answer each second. Only an
 * update that changes more than those times counts; inserts and deletes always do. The times in
 * a cached answer may then be older than the last round, within the cache's maximum age.
 */
export class SyncHeartbeatIsNotData20261202220000 implements MigrationInterface {
  name = "SyncHeartbeatIsNotData20261202220000";

  async up(db: QueryRunner): Promise<void> {
    // Those the kit put on at an earlier start, if any: this table's own replace them.
    for (const trigger of TRIGGERS) await db.query(`DROP TRIGGER IF EXISTS ${trigger} ON department_feed`);
    await db.query(
      `CREATE TRIGGER ${DATA_VERSION_TRIGGER} AFTER UPDATE ON department_feed FOR EACH ROW
        WHEN ((${without("OLD")}) IS DISTINCT FROM (${without("NEW")})) EXECUTE FUNCTION ${DATA_VERSION_FUNCTION}()`,
    );
    await db.query(`CREATE TRIGGER ${DATA_VERSION_TRIGGER}_rows AFTER INSERT OR DELETE ON department_feed FOR EACH ROW EXECUTE FUNCTION ${DATA_VERSION_FUNCTION}()`);
    await db.query(`CREATE TRIGGER ${DATA_VERSION_TRIGGER}_truncate AFTER TRUNCATE ON department_feed FOR EACH STATEMENT EXECUTE FUNCTION ${DATA_VERSION_FUNCTION}()`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The next start puts back the triggers every table has.
    for (const trigger of TRIGGERS) await db.query(`DROP TRIGGER IF EXISTS ${trigger} ON department_feed`);
  }
}
