import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The contract tables every department database has: its initiatives, their partners and their
 * outcome metrics. Each department lists this migration first; its own migrations follow.
 */
export class CreateInitiativeContract20261128000000 implements MigrationInterface {
  name = "CreateInitiativeContract20261128000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        title varchar(200) NOT NULL,
        summary text NOT NULL,
        kind varchar(40) NOT NULL,
        status varchar(20) NOT NULL,
        audiences text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        pillars text[] NOT NULL DEFAULT '{}',
        start_date date NOT NULL,
        end_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT initiative_dates CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await db.query(`
      CREATE TABLE initiative_partner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        partner_slug varchar(120) NOT NULL,
        name varchar(200) NOT NULL,
        role varchar(20) NOT NULL,
        UNIQUE (initiative_id, partner_slug)
      )`);
    await db.query(`
      CREATE TABLE initiative_outcome (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        metric varchar(40) NOT NULL,
        value integer NOT NULL CHECK (value >= 0),
        period_start date NOT NULL,
        period_end date NOT NULL,
        CHECK (period_end >= period_start),
        UNIQUE (initiative_id, metric, period_start)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE initiative_outcome`);
    await db.query(`DROP TABLE initiative_partner`);
    await db.query(`DROP TABLE initiative`);
  }
}
