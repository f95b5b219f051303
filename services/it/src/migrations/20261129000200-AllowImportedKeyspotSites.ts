import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * KEYSPOT location files (the 2015 list, the City's later GeoJSON) name each site's host and kind
 * but carry no library branch code or rec-centre asset id, no workstation count and no hours; a
 * mobile KEYSPOT has no street. So those become optional, and the host rule changes from
 * "exactly one key, matching the kind" to "a key only for its own kind, and the host known by
 * key or by name". The KEYSPOT standard's minimums still hold wherever a number is known.
 */
export class AllowImportedKeyspotSites20261129000200 implements MigrationInterface {
  name = "AllowImportedKeyspotSites20261129000200";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE keyspot_site
        ALTER COLUMN address DROP NOT NULL,
        ALTER COLUMN workstations DROP NOT NULL,
        ALTER COLUMN weekly_open_hours DROP NOT NULL,
        ADD COLUMN host_name varchar(200),
        ADD COLUMN library_hot_spot boolean NOT NULL DEFAULT false,
        ADD COLUMN region varchar(40),
        ADD COLUMN phone varchar(40),
        DROP CONSTRAINT keyspot_site_branch_host,
        DROP CONSTRAINT keyspot_site_rec_center_host,
        DROP CONSTRAINT keyspot_site_partner_host,
        ADD CONSTRAINT keyspot_site_branch_host CHECK (host_branch_code IS NULL OR host_kind = 'LIBRARY_BRANCH'),
        ADD CONSTRAINT keyspot_site_rec_center_host CHECK (host_recreation_center_asset_id IS NULL OR host_kind = 'RECREATION_CENTER'),
        ADD CONSTRAINT keyspot_site_partner_host CHECK (host_partner_slug IS NULL OR host_kind = 'COMMUNITY_ORGANIZATION'),
        ADD CONSTRAINT keyspot_site_host_known CHECK (COALESCE(host_branch_code, host_recreation_center_asset_id, host_partner_slug, host_name) IS NOT NULL)`);
  }

  /** Fails, as it should, once sites without a number, a street or a host key exist. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE keyspot_site
        DROP CONSTRAINT keyspot_site_host_known,
        DROP CONSTRAINT keyspot_site_branch_host,
        DROP CONSTRAINT keyspot_site_rec_center_host,
        DROP CONSTRAINT keyspot_site_partner_host,
        ADD CONSTRAINT keyspot_site_branch_host CHECK ((host_kind = 'LIBRARY_BRANCH') = (host_branch_code IS NOT NULL)),
        ADD CONSTRAINT keyspot_site_rec_center_host CHECK ((host_kind = 'RECREATION_CENTER') = (host_recreation_center_asset_id IS NOT NULL)),
        ADD CONSTRAINT keyspot_site_partner_host CHECK ((host_kind = 'COMMUNITY_ORGANIZATION') = (host_partner_slug IS NOT NULL)),
        DROP COLUMN phone,
        DROP COLUMN region,
        DROP COLUMN library_hot_spot,
        DROP COLUMN host_name,
        ALTER COLUMN weekly_open_hours SET NOT NULL,
        ALTER COLUMN workstations SET NOT NULL,
        ALTER COLUMN address SET NOT NULL`);
  }
}
