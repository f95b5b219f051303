import { type MigrationInterface, type QueryRunner } from "typeorm";

export class CreateParksTables20261128000400 implements MigrationInterface {
  name = "CreateParksTables20261128000400";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE recreation_center (
        asset_id varchar(20) PRIMARY KEY CHECK (btrim(asset_id) <> ''),
        name varchar(120) NOT NULL,
        program_type varchar(60) NOT NULL,
        site_class varchar(10) NOT NULL,
        building boolean NOT NULL,
        gym boolean NOT NULL,
        status varchar(30) NOT NULL CHECK (status IN ('OPEN', 'CLOSED_FOR_REBUILD', 'CLOSED_TEMPORARILY')),
        address varchar(200),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        label_number varchar(20),
        comments varchar(500),
        data_source varchar(120),
        CHECK ((latitude IS NULL) = (longitude IS NULL)),
        -- A gym is part of a building; an outdoor-only playground cannot have one.
        CHECK (building OR NOT gym)
      )`);
    await db.query(`CREATE INDEX recreation_center_status ON recreation_center (status)`);
    await db.query(`
      CREATE TABLE computer_lab (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        center_asset_id varchar(20) NOT NULL REFERENCES recreation_center(asset_id),
        name varchar(200) NOT NULL,
        workstations integer NOT NULL CHECK (workstations > 0),
        is_digital_access_hub boolean NOT NULL DEFAULT false,
        has_fiber_wifi boolean NOT NULL DEFAULT false,
        internet_speed_mbps integer CHECK (internet_speed_mbps > 0),
        opened_on date NOT NULL,
        -- Fiber Wi-Fi is what makes a lab a Digital Access Hub under the 2024 PBDA grant.
        CHECK (has_fiber_wifi OR NOT is_digital_access_hub)
      )`);
    await db.query(`CREATE INDEX computer_lab_initiative ON computer_lab (initiative_id)`);
    await db.query(`CREATE INDEX computer_lab_center ON computer_lab (center_asset_id)`);
    await db.query(`
      CREATE TABLE afterschool_computer_camp (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        center_asset_id varchar(20) NOT NULL REFERENCES recreation_center(asset_id),
        title varchar(200) NOT NULL,
        season varchar(20) NOT NULL CHECK (season ~ '^(Winter|Spring|Summer|Fall) [0-9]{4}$'),
        starts_on date NOT NULL,
        seats integer NOT NULL CHECK (seats > 0),
        enrolled integer NOT NULL CHECK (enrolled >= 0),
        CHECK (enrolled <= seats),
        -- Its index also serves lookups by initiative, so that needs no index of its own.
        UNIQUE (initiative_id, center_asset_id, season)
      )`);
    await db.query(`CREATE INDEX afterschool_computer_camp_center ON afterschool_computer_camp (center_asset_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["afterschool_computer_camp", "computer_lab", "recreation_center"]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
