import { type MigrationInterface, type QueryRunner } from "typeorm";

/*
 * Every write that changes a place appends the place's key (`<record>:<key>`, e.g.
 * `library_branch:52004`) to `place_change`, in the writing transaction, through triggers; the
 * place feed reads the log in commit-safe order, as the initiative feed reads its own.
 */

const NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Attaches the place triggers to a table whose rows are places, or feed into one (a computer lab
 * adds its workstations to its recreation centre). `keySql` is an expression over the table's
 * columns giving the place key, e.g. `'recreation_center:' || center_asset_id`. Statement
 * triggers with transition tables: an import of hundreds of rows costs one insert per statement,
 * and a no-op upsert logs nothing. Every row already in the table enters the feed once.
 */
export async function trackPlaceChanges(db: QueryRunner, table: string, keySql: string): Promise<void> {
  if (!NAME.test(table)) throw new Error(`not a table name: ${table}`);
  const fn = `${table}_place_changed`;
  await db.query(`
    CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO place_change (place_key) SELECT DISTINCT ${keySql} FROM new_rows;
      ELSIF TG_OP = 'UPDATE' THEN
        -- A changed key is a place gone and a place come: both enter the feed.
        INSERT INTO place_change (place_key) SELECT ${keySql} FROM new_rows UNION SELECT ${keySql} FROM old_rows;
      ELSE
        INSERT INTO place_change (place_key) SELECT DISTINCT ${keySql} FROM old_rows;
      END IF;
      RETURN NULL;
    END $$`);
  await db.query(`CREATE TRIGGER ${table}_insert_place_changed AFTER INSERT ON ${table}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
  await db.query(`CREATE TRIGGER ${table}_update_place_changed AFTER UPDATE ON ${table}
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
  await db.query(`CREATE TRIGGER ${table}_delete_place_changed AFTER DELETE ON ${table}
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
  await db.query(`INSERT INTO place_change (place_key) SELECT DISTINCT ${keySql} FROM ${table}`);
}

/**
 * The provenance every place table carries: whether the row is demo data, and the file and time
 * of the import that wrote it. Existing rows are real until a department's own migration says
 * which of them are demo.
 */
export async function addPlaceProvenance(db: QueryRunner, table: string): Promise<void> {
  if (!NAME.test(table)) throw new Error(`not a table name: ${table}`);
  await db.query(`
    ALTER TABLE ${table}
      ADD COLUMN is_demo boolean NOT NULL DEFAULT false,
      ADD COLUMN source_dataset varchar(200),
      ADD COLUMN source_imported_at timestamptz`);
}

/** The place change log every department database has, empty until a department tracks a table. */
export class CreatePlaceChangeLog20261201000000 implements MigrationInterface {
  name = "CreatePlaceChangeLog20261201000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE place_change (
        seq bigserial PRIMARY KEY,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        place_key varchar(300) NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX place_change_commit_order ON place_change (xid, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE place_change`);
  }
}

/**
 * Initiatives say whether they are demo data. Until now demo initiatives said so only in their
 * summary, with the marker every department's demo data writes; that marker tells them apart.
 */
export class AddInitiativeDemoFlag20261201000001 implements MigrationInterface {
  name = "AddInitiativeDemoFlag20261201000001";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative ADD COLUMN is_demo boolean NOT NULL DEFAULT false`);
    await db.query(`UPDATE initiative SET is_demo = true WHERE summary LIKE '%(DL Hub demo data)%'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE initiative DROP COLUMN is_demo`);
  }
}
