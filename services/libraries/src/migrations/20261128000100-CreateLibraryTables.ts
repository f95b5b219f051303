import { type MigrationInterface, type QueryRunner } from "typeorm";

export class CreateLibraryTables20261128000100 implements MigrationInterface {
  name = "CreateLibraryTables20261128000100";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE branch (
        code varchar(20) PRIMARY KEY,
        name varchar(120) NOT NULL,
        type varchar(20) NOT NULL,
        address varchar(200) NOT NULL,
        latitude double precision,
        longitude double precision,
        public_computers integer NOT NULL DEFAULT 0 CHECK (public_computers >= 0)
      )`);
    await db.query(`
      CREATE TABLE computer_class (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL,
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        branch_code varchar(20) NOT NULL REFERENCES branch(code),
        title varchar(200) NOT NULL,
        level varchar(20) NOT NULL,
        language varchar(2) NOT NULL,
        seats integer NOT NULL CHECK (seats > 0),
        UNIQUE (initiative_id, slug)
      )`);
    await db.query(`CREATE INDEX computer_class_initiative ON computer_class (initiative_id)`);
    await db.query(`CREATE INDEX computer_class_branch ON computer_class (branch_code)`);
    await db.query(`
      CREATE TABLE class_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        class_id uuid NOT NULL REFERENCES computer_class(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
        attendance integer CHECK (attendance >= 0),
        UNIQUE (class_id, starts_at)
      )`);
    await db.query(`
      CREATE TABLE hot_spot_lab (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        host_organization varchar(200) NOT NULL,
        address varchar(200) NOT NULL,
        latitude double precision,
        longitude double precision,
        workstations integer NOT NULL CHECK (workstations >= 0),
        opened_on date NOT NULL
      )`);
    await db.query(`CREATE INDEX hot_spot_lab_initiative ON hot_spot_lab (initiative_id)`);
    await db.query(`
      CREATE TABLE techmobile_stop (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        location_name varchar(200) NOT NULL,
        address varchar(200) NOT NULL,
        latitude double precision,
        longitude double precision,
        visit_on date NOT NULL,
        UNIQUE (initiative_id, location_name, visit_on)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["techmobile_stop", "hot_spot_lab", "class_session", "computer_class", "branch"]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
