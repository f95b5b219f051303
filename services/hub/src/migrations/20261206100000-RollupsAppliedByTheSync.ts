import { type MigrationInterface, type QueryRunner } from "typeorm";

/** Set for its transaction by a writer that brings the roll-ups up to date itself (see below). */
export const ROLLUPS_BY_WRITER = "dlhub.rollups_by_writer";

const NOTES = [["rollup_note_initiatives", "id"], ["rollup_note_children", "initiative_id"]] as const;

/** The note functions of NeighborhoodRollups20261202150000, with or without the writer's opt-out. */
function noteFunction(name: string, key: string, optOut: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${optOut ? `IF current_setting('${ROLLUPS_BY_WRITER}', true) = 'on' THEN RETURN NULL; END IF;` : ""}
      INSERT INTO rollup_dirty SELECT DISTINCT ${key} FROM changed ON CONFLICT DO NOTHING;
      INSERT INTO rollup_pending VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $$`;
}

/**
 * A writer that knows every initiative its transaction changes may bring their roll-ups up to
 * date itself, with one `rollup_apply` of them all before it commits: the sync's feed page does
 * (sync/apply-page.ts). It says so with the transaction-local setting above, and the note triggers
 * then skip their bookkeeping for that transaction: a row in rollup_dirty per initiative for each
 * of the page's statements, each probed against the others, then deleted at commit, some 8 % of
 * PostgreSQL's time in a catch-up. Every other writer (a re-placement after a boundary import, a
 * test's fixture) is noted by the triggers as before.
 */
export class RollupsAppliedByTheSync20261206100000 implements MigrationInterface {
  name = "RollupsAppliedByTheSync20261206100000";

  async up(db: QueryRunner): Promise<void> {
    for (const [name, key] of NOTES) await db.query(noteFunction(name, key, true));
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name, key] of NOTES) await db.query(noteFunction(name, key, false));
  }
}
