import { type DataSource, type EntityManager } from "typeorm";
import { DATABASE_HORIZON } from "./horizon.js";

/**
 * A service database's data version: a value that changes once any write to any of its tables
 * has committed, and only then. The gateway's response cache (gateway/src/response-cache) keeps
 * an answer only while the version of every subgraph it read is unchanged.
 *
 * Each write transaction notes its transaction id in `data_version` (a statement-level trigger on
 * every table). The version is the greatest noted id below the database's horizon (horizon.ts):
 * once a row counts, every transaction that could have written before it has ended, so a version
 * read before a query and again after it differs whenever the query may have missed a write. A
 * sequence or a counter would change at the write, before its commit: a query run in between
 * would read the old data and be kept under the new version.
 */
export const DATA_VERSION_TABLE = "data_version";
/**
 * The trigger's name. A table where only some writes are data (the hub's sync heartbeat is not)
 * defines, in a migration, its own triggers calling DATA_VERSION_FUNCTION, one of them by this
 * name; the kit then leaves that table as it is.
 */
export const DATA_VERSION_TRIGGER = "dlhub_data_version";
/** Notes the writing transaction; for AFTER triggers, row or statement, any event. */
export const DATA_VERSION_FUNCTION = "dlhub_note_data_version";
/** Notes the calling transaction, once; the trigger function calls it. */
const NOTE_FUNCTION = "dlhub_note_data_change";
/** Set, for the rest of the transaction, once the transaction is noted. */
const NOTED = "dlhub.data_version_noted";

/** The table and the function the triggers call: made before the migrations, which may use them. */
export async function prepareDataVersion(manager: DataSource | EntityManager): Promise<void> {
  await manager.query(`CREATE TABLE IF NOT EXISTS ${DATA_VERSION_TABLE} (xid xid8 PRIMARY KEY)`);
  // A transaction notes itself once; that first note also removes the notes below the newest
  // committed one, which no version can be read from any more. Rows another writer is removing
  // are skipped, not waited for: writers never queue behind each other here.
  await manager.query(`CREATE OR REPLACE FUNCTION ${NOTE_FUNCTION}() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('${NOTED}', true) = 'on' THEN RETURN; END IF;
      INSERT INTO ${DATA_VERSION_TABLE} (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
      IF FOUND THEN
        DELETE FROM ${DATA_VERSION_TABLE} WHERE xid IN (
          SELECT xid FROM ${DATA_VERSION_TABLE}
           WHERE xid < (SELECT max(xid) FROM ${DATA_VERSION_TABLE} WHERE xid < pg_current_xact_id())
             FOR UPDATE SKIP LOCKED);
      END IF;
      PERFORM set_config('${NOTED}', 'on', true);
    END $$`);
  // The triggers' WHEN skips a noted transaction's rows, but the rows of its first statement are
  // all tested before any of their calls runs: a 500-row insert calls this 500 times, each
  // returning at the setting after the first.
  await manager.query(`CREATE OR REPLACE FUNCTION ${DATA_VERSION_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM ${NOTE_FUNCTION}();
      RETURN NULL;
    END $$`);
}

/**
 * Notes the transaction as a change of data before its writes, so that their triggers find it
 * noted from the first row on: for a writer that knows it is about to change many rows (the
 * hub's catalog sync), which would otherwise pay a trigger call per row of its first statement.
 */
export async function noteDataChange(db: EntityManager): Promise<void> {
  await db.query(`SELECT ${NOTE_FUNCTION}()`);
}

/**
 * Keeps the triggers on every table of the schema, tables a department added since included. Run
 * after the migrations, under their lock, so copies starting together do it one at a time.
 *
 * Row triggers, not statement ones: a statement that changes no row (a sync round's delete of
 * nothing) is no change of data, and must not empty the gateway's cache. Their WHEN condition
 * skips the function once the transaction is noted, so a bulk write pays a setting lookup per
 * row, not a call. TRUNCATE has only a statement trigger.
 */
export async function keepDataVersion(manager: DataSource | EntityManager): Promise<void> {
  await prepareDataVersion(manager);
  const tables = (await manager.query(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> $1
        AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = $2)`,
    [DATA_VERSION_TABLE, DATA_VERSION_TRIGGER],
  )) as { name: string }[];
  for (const { name } of tables) {
    const table = `"${name.replace(/"/g, '""')}"`;
    await manager.query(
      `CREATE TRIGGER ${DATA_VERSION_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW
         WHEN (current_setting('${NOTED}', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION ${DATA_VERSION_FUNCTION}()`,
    );
    await manager.query(`CREATE TRIGGER ${DATA_VERSION_TRIGGER}_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${DATA_VERSION_FUNCTION}()`);
  }
}

/** The database's data version: a decimal transaction id, "0" before its first write. */
export async function readDataVersion(dataSource: DataSource): Promise<string> {
  const [row] = (await dataSource.query(
    `SELECT coalesce(max(xid)::text, '0') AS version FROM ${DATA_VERSION_TABLE} WHERE xid < ${DATABASE_HORIZON}`,
  )) as { version: string }[];
  return row.version;
}
