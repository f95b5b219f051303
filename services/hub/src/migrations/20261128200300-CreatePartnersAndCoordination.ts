import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Hub-owned data: the partner organisations every department refers to by slug, and the
 * coordinator's own links between initiatives and notes on them. Links and notes point at catalog
 * ids without a foreign key on purpose: when a department ends an initiative the catalog row
 * goes, but the coordinator's record of it stays.
 */
export class CreatePartnersAndCoordination20261128200300 implements MigrationInterface {
  name = "CreatePartnersAndCoordination20261128200300";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partner (
        slug varchar(120) PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name varchar(200) NOT NULL,
        kind varchar(40) NOT NULL,
        website varchar(300),
        contact_name varchar(200),
        contact_email varchar(200),
        dla_member boolean NOT NULL DEFAULT false
      )`);
    await db.query(`
      CREATE TABLE initiative_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_id uuid NOT NULL,
        to_id uuid NOT NULL,
        kind varchar(20) NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_id <> to_id),
        UNIQUE (from_id, to_id, kind)
      )`);
    await db.query(`CREATE INDEX initiative_link_to ON initiative_link (to_id)`);
    await db.query(`
      CREATE TABLE coordinator_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX coordinator_note_initiative ON coordinator_note (initiative_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["coordinator_note", "initiative_link", "partner"]) await db.query(`DROP TABLE ${table}`);
  }
}
