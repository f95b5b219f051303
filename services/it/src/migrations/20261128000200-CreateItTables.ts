import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * OIT's tables. The CHECKs hold the rules the programs themselves set (the KEYSPOT standard of
 * five workstations and fifteen open hours; exactly one kind of host per site), so bad rows from
 * an importer fail here rather than show up on the coordinator's map.
 */
export class CreateItTables20261128000200 implements MigrationInterface {
  name = "CreateItTables20261128000200";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE keyspot_site (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        address varchar(200) NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        workstations integer NOT NULL CHECK (workstations >= 5),
        weekly_open_hours integer NOT NULL CHECK (weekly_open_hours BETWEEN 15 AND 168),
        host_kind varchar(30) NOT NULL CHECK (host_kind IN ('LIBRARY_BRANCH', 'RECREATION_CENTER', 'COMMUNITY_ORGANIZATION')),
        host_branch_code varchar(20),
        host_recreation_center_asset_id varchar(20),
        host_partner_slug varchar(120),
        CONSTRAINT keyspot_site_branch_host CHECK ((host_kind = 'LIBRARY_BRANCH') = (host_branch_code IS NOT NULL)),
        CONSTRAINT keyspot_site_rec_center_host CHECK ((host_kind = 'RECREATION_CENTER') = (host_recreation_center_asset_id IS NOT NULL)),
        CONSTRAINT keyspot_site_partner_host CHECK ((host_kind = 'COMMUNITY_ORGANIZATION') = (host_partner_slug IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX keyspot_site_initiative ON keyspot_site (initiative_id)`);
    await db.query(`CREATE INDEX keyspot_site_branch ON keyspot_site (host_branch_code) WHERE host_branch_code IS NOT NULL`);
    await db.query(
      `CREATE INDEX keyspot_site_rec_center ON keyspot_site (host_recreation_center_asset_id) WHERE host_recreation_center_asset_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE grant_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2017 AND 2100),
        funder varchar(200) NOT NULL,
        focus varchar(200) NOT NULL,
        total_amount_usd integer NOT NULL CHECK (total_amount_usd >= 0)
      )`);
    await db.query(`
      CREATE TABLE dla_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES grant_round(id) ON DELETE CASCADE,
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        grantee_partner_slug varchar(120) NOT NULL,
        grantee_name varchar(200) NOT NULL,
        amount_usd integer NOT NULL CHECK (amount_usd > 0),
        focus varchar(200) NOT NULL,
        project_summary text NOT NULL,
        UNIQUE (round_id, grantee_partner_slug)
      )`);
    await db.query(`CREATE INDEX dla_grant_initiative ON dla_grant (initiative_id)`);

    await db.query(`
      CREATE TABLE digital_navigator_program (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        provider_partner_slug varchar(120) NOT NULL,
        provider_name varchar(200) NOT NULL,
        phone_line varchar(40),
        languages text[] NOT NULL DEFAULT '{}',
        started_on date NOT NULL
      )`);
    await db.query(`CREATE INDEX digital_navigator_program_initiative ON digital_navigator_program (initiative_id)`);

    await db.query(`
      CREATE TABLE device_distribution_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        held_on date NOT NULL,
        location_name varchar(200) NOT NULL,
        address varchar(200) NOT NULL,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        devices_distributed integer NOT NULL CHECK (devices_distributed > 0),
        partner_slug varchar(120) NOT NULL,
        partner_name varchar(200) NOT NULL,
        UNIQUE (initiative_id, location_name, held_on)
      )`);

    await db.query(`
      CREATE TABLE pitch_and_pilot_challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        theme varchar(200) NOT NULL,
        launched_on date NOT NULL,
        max_award_per_pilot_usd integer NOT NULL CHECK (max_award_per_pilot_usd > 0),
        pilots_selected integer NOT NULL DEFAULT 0 CHECK (pilots_selected >= 0)
      )`);
    await db.query(`CREATE INDEX pitch_and_pilot_challenge_initiative ON pitch_and_pilot_challenge (initiative_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    const tables = ["pitch_and_pilot_challenge", "device_distribution_event", "digital_navigator_program", "dla_grant", "grant_round", "keyspot_site"];
    for (const table of tables) await db.query(`DROP TABLE ${table}`);
  }
}
