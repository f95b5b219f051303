import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The curated grants file lists awards whose amounts were never published and rounds whose total
 * nobody added up, and it reaches back to the 2015 KEYSPOT site grants. So amounts and totals
 * become optional, rounds may start in 2010 (KEYSPOT's first year), and each grant keeps the
 * public source it was taken from and each round the source's own notes on it.
 */
export class AllowImportedGrants20261129000300 implements MigrationInterface {
  name = "AllowImportedGrants20261129000300";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE grant_round
        ALTER COLUMN total_amount_usd DROP NOT NULL,
        DROP CONSTRAINT grant_round_year_check,
        ADD CONSTRAINT grant_round_year_check CHECK (year BETWEEN 2010 AND 2100),
        ADD COLUMN notes text`);
    await db.query(`
      ALTER TABLE dla_grant
        ALTER COLUMN amount_usd DROP NOT NULL,
        ADD COLUMN source_url varchar(500)`);
  }

  /** Fails, as it should, once grants without an amount or rounds before 2017 exist. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE dla_grant DROP COLUMN source_url, ALTER COLUMN amount_usd SET NOT NULL`);
    await db.query(`
      ALTER TABLE grant_round
        DROP COLUMN notes,
        DROP CONSTRAINT grant_round_year_check,
        ADD CONSTRAINT grant_round_year_check CHECK (year BETWEEN 2017 AND 2100),
        ALTER COLUMN total_amount_usd SET NOT NULL`);
  }
}
