import { trackSiteTable } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/** A recreation centre that is renamed, moved or closed changes the sites of the initiatives there. */
export class TrackRecreationCenterChanges20261129000500 implements MigrationInterface {
  name = "TrackRecreationCenterChanges20261129000500";

  async up(db: QueryRunner): Promise<void> {
    await trackSiteTable(
      db,
      "recreation_center",
      `SELECT initiative_id FROM computer_lab WHERE center_asset_id IN (SELECT asset_id FROM changed_rows)
       UNION SELECT initiative_id FROM afterschool_computer_camp WHERE center_asset_id IN (SELECT asset_id FROM changed_rows)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION recreation_center_sites_changed() CASCADE`);
  }
}
