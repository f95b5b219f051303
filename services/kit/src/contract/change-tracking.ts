import { type MigrationInterface, type QueryRunner } from "typeorm";

/*
 * Every write that touches an initiative's contract fields appends the initiative's id to
 * `initiative_change`, in the writing transaction, through triggers. The feed reads this log in
 * commit-safe order (see initiative-feed.ts), so the hub's catalog misses nothing however
 * transactions interleave. Only raw SQL reads the log, so it has no entity.
 */

/**
 * Attaches the change trigger to a table that has an `initiative_id` column (or to `initiative`
 * itself). A department migration that adds such a table calls this for it.
 */
export async function trackInitiativeChanges(db: QueryRunner, table: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
  await db.query(`CREATE TRIGGER ${table}_initiative_change AFTER INSERT OR UPDATE OR DELETE ON ${table}
    FOR EACH ROW EXECUTE FUNCTION dlhub_record_initiative_change()`);
}

/**
 * For a table without an `initiative_id` whose rows still show in initiatives' sites (a branch, a
 * recreation centre, a corridor): after any statement that really changed rows, every initiative
 * `initiativeIdsSql` names enters the feed, so a renamed or moved place reaches the catalog.
 * Statement triggers with transition tables, so an import of hundreds of rows logs each
 * affected initiative once, and a no-op upsert logs nothing.
 */
export async function trackSiteTable(db: QueryRunner, table: string, initiativeIdsSql: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
  await db.query(`
    CREATE FUNCTION ${table}_sites_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM changed_rows) THEN
        INSERT INTO initiative_change (initiative_id) SELECT DISTINCT initiative_id FROM (${initiativeIdsSql}) affected;
      END IF;
      RETURN NULL;
    END $$`);
  for (const [event, rows] of [["INSERT", "NEW"], ["UPDATE", "NEW"], ["DELETE", "OLD"]]) {
    await db.query(`CREATE TRIGGER ${table}_${event.toLowerCase()}_sites_changed AFTER ${event} ON ${table}
      REFERENCING ${rows} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_sites_changed()`);
  }
}

/**
 * The change trigger's body: logs the initiative a row belonged to and the one it belongs to now.
 * A condition may be added to either (a later migration logs each initiative once per transaction).
 */
export function initiativeChangeTriggerBody(oldCondition: string, newCondition: string): string {
  return `
      DECLARE
        old_id uuid;
        new_id uuid;
      BEGIN
        IF TG_TABLE_NAME = 'initiative' THEN
          IF TG_OP <> 'INSERT' THEN old_id := OLD.id; END IF;
          IF TG_OP <> 'DELETE' THEN new_id := NEW.id; END IF;
        ELSE
          IF TG_OP <> 'INSERT' THEN old_id := OLD.initiative_id; END IF;
          IF TG_OP <> 'DELETE' THEN new_id := NEW.initiative_id; END IF;
        END IF;
        IF old_id IS NOT NULL ${oldCondition} THEN INSERT INTO initiative_change (initiative_id) VALUES (old_id); END IF;
        IF new_id IS NOT NULL AND new_id IS DISTINCT FROM old_id ${newCondition} THEN
          INSERT INTO initiative_change (initiative_id) VALUES (new_id);
        END IF;
        RETURN NULL;
      END`;
}

export class TrackInitiativeChanges20261128100000 implements MigrationInterface {
  name = "TrackInitiativeChanges20261128100000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE initiative_change (
        seq bigserial PRIMARY KEY,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        initiative_id uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX initiative_change_commit_order ON initiative_change (xid, seq)`);
    // The log records which initiative changed, not how: the feed serves each changed initiative
    // as it is when read (or as ended when it is gone), so replaying the log is idempotent.
    await db.query(`CREATE FUNCTION dlhub_record_initiative_change() RETURNS trigger LANGUAGE plpgsql AS $$ ${initiativeChangeTriggerBody("", "")} $$`);
    const tables: { table_name: string }[] = await db.query(`
      SELECT table_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'initiative_id' AND table_name <> 'initiative_change'
      UNION SELECT 'initiative' ORDER BY 1`);
    for (const { table_name } of tables) await trackInitiativeChanges(db, table_name);
    // Initiatives that exist before tracking starts enter the feed once.
    await db.query(`INSERT INTO initiative_change (initiative_id) SELECT id FROM initiative ORDER BY slug`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION dlhub_record_initiative_change() CASCADE`);
    await db.query(`DROP TABLE initiative_change`);
  }
}
