import { type MigrationInterface, type QueryRunner } from "typeorm";

export class CreateCoordinateUsage20261202000200 implements MigrationInterface {
  name = "CreateCoordinateUsage20261202000200";

  async up(db: QueryRunner): Promise<void> {
    // One row per day, client, operation and coordinate: the size grows with what clients do
    // differently, not with traffic, and old days can be read past (and pruned) by day.
    await db.query(`
      CREATE TABLE coordinate_usage (
        day date NOT NULL,
        client varchar(100) NOT NULL,
        client_version varchar(100) NOT NULL,
        operation_name varchar(100) NOT NULL,
        operation_hash char(64) NOT NULL,
        coordinate varchar(500) NOT NULL,
        count bigint NOT NULL CHECK (count > 0),
        last_seen timestamptz NOT NULL,
        PRIMARY KEY (day, client, client_version, operation_hash, operation_name, coordinate)
      )`);
    // Checks and `dlhub usage` read one window of days, by coordinate.
    await db.query(`CREATE INDEX coordinate_usage_by_coordinate ON coordinate_usage (coordinate, day)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE coordinate_usage`);
  }
}
