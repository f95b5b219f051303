import { trackSiteTable } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/** A corridor that is renamed or redrawn changes the sites of the initiatives with cohorts on it. */
export class TrackCorridorChanges20261129000600 implements MigrationInterface {
  name = "TrackCorridorChanges20261129000600";

  async up(db: QueryRunner): Promise<void> {
    await trackSiteTable(
      db,
      "commercial_corridor",
      `SELECT initiative_id FROM business_cohort WHERE corridor_id IN (SELECT id FROM changed_rows)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION commercial_corridor_sites_changed() CASCADE`);
  }
}
