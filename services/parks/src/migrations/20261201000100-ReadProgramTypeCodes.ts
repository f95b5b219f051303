import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The hub's places publish the source's own type code, so the City's PROGRAM_TYPE is kept as
 * written (`PPR_REC`, `POOL`, …) beside the words; the demo rows have none. And a site can be
 * closed outright ("Permanently closed"), not only for a rebuild or for a while. The status check
 * is the one PostgreSQL named for the inline CHECK of CreateParksTables; it keeps that name.
 */
export class ReadProgramTypeCodes20261201000100 implements MigrationInterface {
  name = "ReadProgramTypeCodes20261201000100";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE recreation_center
        ADD COLUMN program_type_code varchar(40),
        DROP CONSTRAINT recreation_center_status_check,
        ADD CONSTRAINT recreation_center_status_check CHECK (status IN ('OPEN', 'CLOSED', 'CLOSED_FOR_REBUILD', 'CLOSED_TEMPORARILY'))`);
  }

  /** Fails, as it should, once a site is CLOSED. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE recreation_center
        DROP CONSTRAINT recreation_center_status_check,
        ADD CONSTRAINT recreation_center_status_check CHECK (status IN ('OPEN', 'CLOSED_FOR_REBUILD', 'CLOSED_TEMPORARILY')),
        DROP COLUMN program_type_code`);
  }
}
