import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Departments become registry data (issue 14): the catalog knows a department by its registered
 * id, which is its subgraph's name and so the `source` every catalog row already carries, instead
 * of a value of the closed Department enum. The columns are renamed so that no reader mistakes an
 * id for the old enum text, and widened to the registry's id length (41) like `source`; the
 * indexes on them follow the rename. `registered_department` holds the names the hub reads from
 * the registry each sync round, so answers can say "Free Library of Philadelphia" for `libraries`
 * without asking the registry per request.
 */
export class DepartmentIds20261202100000 implements MigrationInterface {
  name = "DepartmentIds20261202100000";

  async up(db: QueryRunner): Promise<void> {
    for (const table of ["catalog_initiative", "catalog_place"]) {
      await db.query(`ALTER TABLE ${table} RENAME COLUMN department TO department_id`);
      await db.query(`ALTER TABLE ${table} ALTER COLUMN department_id TYPE varchar(60)`);
      await db.query(`UPDATE ${table} SET department_id = source`);
    }
    // What the department's pages state; null until one is read, as before.
    await db.query(`ALTER TABLE department_feed RENAME COLUMN department TO department_id`);
    await db.query(`ALTER TABLE department_feed ALTER COLUMN department_id TYPE varchar(60)`);
    await db.query(`UPDATE department_feed SET department_id = name WHERE department_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE registered_department (
        id varchar(60) PRIMARY KEY,
        name varchar(200) NOT NULL,
        contact varchar(200),
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE registered_department`);
    // Back to the enum's spelling (`immigrant-affairs` → IMMIGRANT_AFFAIRS); a department the enum
    // never listed gets a value it does not know, which the old code cannot serve.
    for (const table of ["catalog_initiative", "catalog_place", "department_feed"]) {
      await db.query(`UPDATE ${table} SET department_id = upper(replace(department_id, '-', '_'))`);
      await db.query(`ALTER TABLE ${table} ALTER COLUMN department_id TYPE varchar(40)`);
      await db.query(`ALTER TABLE ${table} RENAME COLUMN department_id TO department`);
    }
  }
}
