import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Departments become registry data: the coordinator registers one before its publisher may
 * publish. The departments DL Hub already has are registered here, with the names the hub already
 * shows for them (services/hub/src/analysis/words.ts), so their publishes keep working. The hub
 * subgraph is the coordinator's own, not a department, and is not listed.
 */
const EXISTING_DEPARTMENTS = [
  ["it", "Office of Innovation and Technology"],
  ["libraries", "Free Library of Philadelphia"],
  ["commerce", "Department of Commerce"],
  ["parks", "Parks & Recreation"],
  ["immigrant-affairs", "Office of Immigrant Affairs"],
] as const;

export class CreateDepartments20261202000500 implements MigrationInterface {
  name = "CreateDepartments20261202000500";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE department (
        -- The subgraph name rule (inputs.ts NAME_PATTERN): the id is the department's subgraph name.
        id varchar(41) PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]{1,40}$'),
        name varchar(200) NOT NULL CHECK (btrim(name) <> ''),
        contact varchar(200),
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [id, name] of EXISTING_DEPARTMENTS) {
      await db.query(`INSERT INTO department (id, name, registered_by) VALUES ($1, $2, 'migration 20261202000500')`, [id, name]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE department`);
  }
}
