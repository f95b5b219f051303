import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The neighborhood roll-ups and the coverage gaps read precomputed rows instead of scanning the
 * catalog per request (issue 15). Triggers keep the rows exact in the transaction of every write
 * to the catalog, whoever makes it (the sync, the re-placement after a boundary import, a test's
 * fixture), so no writer can forget them.
 *
 * - `neighborhood_rollup`: per neighborhood and per kind of initiative (department, demo flag,
 *   status, audience set), how many initiatives have a site there and their people served. Every
 *   roll-up question is a sum over a few of these rows: the audience set is kept whole, so "serves
 *   any of these audiences" is `audiences && $chosen`, still exact.
 * - `rollup_placement`: what each initiative currently adds (one row per neighborhood it is in).
 *   A change to an initiative, its sites or its outcomes takes its old rows off and adds its new
 *   ones; remembering what was added makes that exact without knowing the old catalog rows.
 * - `rollup_dirty`: the initiatives a transaction changed. Statement triggers note them, and the
 *   transaction's first note adds its row to `rollup_pending`, whose deferred trigger fires once,
 *   at commit, and recomputes them all together: a feed page's six writes cost one recomputation.
 * - `place_rollup`: open and closed places per neighborhood, kind and demo flag with their
 *   computers. A place adds on its own, so a statement's old rows are subtracted and new rows
 *   added directly. Hours are summed as numeric: adding and subtracting float8 would drift.
 */
export class NeighborhoodRollups20261202150000 implements MigrationInterface {
  name = "NeighborhoodRollups20261202150000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE neighborhood_rollup (
        neighborhood_id varchar(120) NOT NULL,
        department_id varchar(60) NOT NULL,
        is_demo boolean NOT NULL,
        status varchar(20) NOT NULL,
        audiences text[] NOT NULL,
        initiatives integer NOT NULL,
        people_served bigint NOT NULL,
        PRIMARY KEY (neighborhood_id, department_id, is_demo, status, audiences)
      )`);
    await db.query(`
      CREATE TABLE rollup_placement (
        initiative_id uuid NOT NULL,
        neighborhood_id varchar(120) NOT NULL,
        department_id varchar(60) NOT NULL,
        is_demo boolean NOT NULL,
        status varchar(20) NOT NULL,
        audiences text[] NOT NULL,
        people_served bigint NOT NULL,
        PRIMARY KEY (initiative_id, neighborhood_id)
      )`);
    await db.query(`CREATE TABLE rollup_dirty (initiative_id uuid PRIMARY KEY)`);
    await db.query(`
      CREATE TABLE place_rollup (
        neighborhood_id varchar(120) NOT NULL,
        is_demo boolean NOT NULL,
        status varchar(30) NOT NULL,
        kind varchar(60) NOT NULL,
        places integer NOT NULL,
        places_with_workstations integer NOT NULL,
        workstations bigint NOT NULL,
        weekly_open_hours numeric NOT NULL,
        PRIMARY KEY (neighborhood_id, is_demo, status, kind)
      )`);

    // The people-served metrics of analysis/people-served.ts, as of this migration; a change to
    // that list needs a migration replacing this function (the oracle tests compare the two).
    await db.query(`
      CREATE FUNCTION rollup_apply(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        WITH old AS (DELETE FROM rollup_placement WHERE initiative_id = ANY(ids) RETURNING *)
        INSERT INTO neighborhood_rollup
        SELECT neighborhood_id, department_id, is_demo, status, audiences, -count(*), -sum(people_served) FROM old
         GROUP BY neighborhood_id, department_id, is_demo, status, audiences
        ON CONFLICT (neighborhood_id, department_id, is_demo, status, audiences) DO UPDATE
          SET initiatives = neighborhood_rollup.initiatives + excluded.initiatives,
              people_served = neighborhood_rollup.people_served + excluded.people_served;

        WITH fresh AS (
          INSERT INTO rollup_placement
          SELECT i.id, placed.neighborhood_id, i.department_id, i.is_demo, i.status,
                 ARRAY(SELECT DISTINCT a FROM unnest(i.audiences) a ORDER BY a), coalesce(o.total, 0)
            FROM (SELECT DISTINCT initiative_id, neighborhood_id FROM catalog_site
                   WHERE initiative_id = ANY(ids) AND neighborhood_id IS NOT NULL) placed
            JOIN catalog_initiative i ON i.id = placed.initiative_id
            LEFT JOIN (SELECT initiative_id, sum(value) AS total FROM catalog_outcome
                        WHERE initiative_id = ANY(ids) AND metric IN ('PEOPLE_TRAINED', 'CONNECTIONS_ENROLLED', 'DEVICES_DISTRIBUTED')
                        GROUP BY initiative_id) o ON o.initiative_id = i.id
          RETURNING *)
        INSERT INTO neighborhood_rollup
        SELECT neighborhood_id, department_id, is_demo, status, audiences, count(*), sum(people_served) FROM fresh
         GROUP BY neighborhood_id, department_id, is_demo, status, audiences
        ON CONFLICT (neighborhood_id, department_id, is_demo, status, audiences) DO UPDATE
          SET initiatives = neighborhood_rollup.initiatives + excluded.initiatives,
              people_served = neighborhood_rollup.people_served + excluded.people_served;

        DELETE FROM neighborhood_rollup WHERE initiatives = 0;
      END $$`);
    await db.query(`CREATE TABLE rollup_pending (xid xid8 PRIMARY KEY)`);
    await db.query(`
      CREATE FUNCTION rollup_flush() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        WITH taken AS (DELETE FROM rollup_dirty RETURNING initiative_id) SELECT array_agg(initiative_id) INTO ids FROM taken;
        DELETE FROM rollup_pending WHERE xid = NEW.xid;
        IF ids IS NOT NULL THEN PERFORM rollup_apply(ids); END IF;
        RETURN NULL;
      END $$`);
    // Fires once a transaction, at commit: the first note of a transaction adds its pending row.
    await db.query(`
      CREATE CONSTRAINT TRIGGER rollup_flush AFTER INSERT ON rollup_pending
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION rollup_flush()`);
    for (const [fn, key] of [["rollup_note_initiatives", "id"], ["rollup_note_children", "initiative_id"]]) {
      await db.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO rollup_dirty SELECT DISTINCT ${key} FROM changed ON CONFLICT DO NOTHING;
          INSERT INTO rollup_pending VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$`);
    }
    for (const [table, fn] of [["catalog_initiative", "rollup_note_initiatives"], ["catalog_site", "rollup_note_children"], ["catalog_outcome", "rollup_note_children"]]) {
      // A statement with a transition table names one event; the changed rows are `changed` in each.
      for (const [event, transition] of [["INSERT", "NEW"], ["UPDATE", "NEW"], ["DELETE", "OLD"]]) {
        await db.query(`
          CREATE TRIGGER ${table}_rollup_${event.toLowerCase()} AFTER ${event} ON ${table}
            REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }

    // One function for the three events, as in PostgreSQL's own transition-table example: each
    // branch reads only the transition tables its event has.
    await db.query(`
      CREATE FUNCTION place_rollup_note() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${addPlaces("SELECT 1 AS sign, * FROM new_rows")};
        ELSIF TG_OP = 'DELETE' THEN
          ${addPlaces("SELECT -1 AS sign, * FROM old_rows")};
        ELSE
          ${addPlaces("SELECT -1 AS sign, * FROM old_rows UNION ALL SELECT 1, * FROM new_rows")};
        END IF;
        DELETE FROM place_rollup WHERE places = 0;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER catalog_place_rollup_insert AFTER INSERT ON catalog_place REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION place_rollup_note()`);
    await db.query(`CREATE TRIGGER catalog_place_rollup_update AFTER UPDATE ON catalog_place REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION place_rollup_note()`);
    await db.query(`CREATE TRIGGER catalog_place_rollup_delete AFTER DELETE ON catalog_place REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION place_rollup_note()`);

    // What the catalog already holds.
    await db.query(`SELECT rollup_apply(coalesce(array_agg(id), '{}')) FROM catalog_initiative`);
    await db.query(addPlaces("SELECT 1 AS sign, * FROM catalog_place"));
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["catalog_initiative", "catalog_site", "catalog_outcome", "catalog_place"]) {
      for (const event of ["insert", "update", "delete"]) await db.query(`DROP TRIGGER IF EXISTS ${table}_rollup_${event} ON ${table}`);
    }
    await db.query(`DROP TABLE rollup_pending, rollup_dirty, rollup_placement, neighborhood_rollup, place_rollup`);
    for (const fn of ["rollup_apply(uuid[])", "rollup_flush()", "rollup_note_initiatives()", "rollup_note_children()", "place_rollup_note()"]) {
      await db.query(`DROP FUNCTION ${fn}`);
    }
  }
}

/** Adds `rows` (catalog_place rows, each with a `sign`: 1 to add, -1 to take off) to place_rollup. */
function addPlaces(rows: string): string {
  return `
    INSERT INTO place_rollup
    SELECT neighborhood_id, is_demo, status, kind, sum(sign)::int, coalesce(sum(sign) FILTER (WHERE workstations IS NOT NULL), 0)::int,
           coalesce(sum(sign * workstations), 0), coalesce(sum(sign * weekly_open_hours::numeric), 0)
      FROM (${rows}) changed
     WHERE neighborhood_id IS NOT NULL
     GROUP BY neighborhood_id, is_demo, status, kind
    ON CONFLICT (neighborhood_id, is_demo, status, kind) DO UPDATE
      SET places = place_rollup.places + excluded.places,
          places_with_workstations = place_rollup.places_with_workstations + excluded.places_with_workstations,
          workstations = place_rollup.workstations + excluded.workstations,
          weekly_open_hours = place_rollup.weekly_open_hours + excluded.weekly_open_hours`;
}
