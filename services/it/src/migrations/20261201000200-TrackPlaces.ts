import { addPlaceProvenance, trackPlaceChanges } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";
import { DLA_GRANTS, INITIATIVES, KEYSPOT_NETWORK } from "../import/initiatives.js";

/** The keys the demo data wrote before demo keys began with `demo-`. */
const OLD_DEMO_KEYSPOTS = [
  "logan-library", "kensington-library", "happy-hollow", "kingsessing", "rivera",
  "martin-luther-king", "philadelphia-fight", "congreso", "dornsife-center", "pec-families-first",
];
const OLD_DEMO_ROUNDS = ["2019-census", "winter-2020-immigrant-lep"];

/**
 * OIT's places enter the place feed (docs/places.md): KEYSPOTs and device distribution locations
 * say whether they are demo data and which file they came from, KEYSPOTs keep the 2015 list's
 * site type, and grant rounds and grants say whether they are demo data.
 *
 * Demo rows written before this migration are deleted; the seed writes them again under `demo-`
 * keys. The earlier importers attached real rows to the demo `keyspot-network` and
 * `digital-literacy-alliance-grants` initiatives and updated demo KEYSPOTs of the same slug in
 * place, so:
 * - a demo initiative with real rows becomes the real one the importer would have created
 *   (the importer's own fields, without the demo's partners and outcomes);
 * - a KEYSPOT row an import wrote (the importers always name the host, the demo data never did)
 *   is real, without the demo's invented workstations, hours and host keys; the others are demo;
 * - every device distribution day was seeded (nothing imports them); the demo rounds are known.
 * Rows that were already real get their site type back from the next import of the 2015 list.
 */
export class TrackPlaces20261201000200 implements MigrationInterface {
  name = "TrackPlaces20261201000200";

  async up(db: QueryRunner): Promise<void> {
    for (const table of ["keyspot_site", "device_distribution_event"]) await addPlaceProvenance(db, table);
    await db.query(`ALTER TABLE keyspot_site ADD COLUMN type_code varchar(40)`);
    await db.query(`ALTER TABLE grant_round ADD COLUMN is_demo boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE dla_grant ADD COLUMN is_demo boolean NOT NULL DEFAULT false`);

    for (const slug of [KEYSPOT_NETWORK, DLA_GRANTS]) await makeRealWhereRealRowsHang(db, slug);
    await db.query(
      `UPDATE keyspot_site SET workstations = NULL, weekly_open_hours = NULL,
              host_branch_code = NULL, host_recreation_center_asset_id = NULL, host_partner_slug = NULL
        WHERE slug = ANY($1) AND host_name IS NOT NULL`,
      [OLD_DEMO_KEYSPOTS],
    );
    await db.query(`DELETE FROM keyspot_site WHERE slug = ANY($1) AND host_name IS NULL`, [OLD_DEMO_KEYSPOTS]);
    await db.query(`DELETE FROM device_distribution_event`);
    await db.query(`DELETE FROM grant_round WHERE slug = ANY($1)`, [OLD_DEMO_ROUNDS]);

    await trackPlaceChanges(db, "keyspot_site", `'keyspot:' || id`);
    await trackPlaceChanges(
      db,
      "device_distribution_event",
      `'partner_site:' || CASE WHEN is_demo THEN 'demo-' ELSE '' END || trim(both '-' from lower(regexp_replace(location_name, '[^a-zA-Z0-9]+', '-', 'g')))`,
    );
  }

  /** Keeps the rows as they are; demo rows deleted on the way up are the seed's to write again. */
  async down(db: QueryRunner): Promise<void> {
    for (const table of ["device_distribution_event", "keyspot_site"]) await db.query(`DROP FUNCTION ${table}_place_changed() CASCADE`);
    await db.query(`ALTER TABLE dla_grant DROP COLUMN is_demo`);
    await db.query(`ALTER TABLE grant_round DROP COLUMN is_demo`);
    await db.query(`ALTER TABLE keyspot_site DROP COLUMN type_code`);
    for (const table of ["device_distribution_event", "keyspot_site"]) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN is_demo, DROP COLUMN source_dataset, DROP COLUMN source_imported_at`);
    }
  }
}

/**
 * The demo initiative `slug`, when an import hung real KEYSPOTs (host named) or real grants (in a
 * round the demo did not write) on it, becomes the initiative the importer creates.
 */
async function makeRealWhereRealRowsHang(db: QueryRunner, slug: string): Promise<void> {
  const real = INITIATIVES[slug];
  if (!real) throw new Error(`no real initiative ${slug}`);
  const updated: [{ id: string }[], number] = await db.query(
    `UPDATE initiative i SET title = $2, summary = $3, kind = $4, status = $5, audiences = $6, languages = $7, pillars = $8,
            start_date = $9, end_date = NULL, is_demo = false, updated_at = now()
      WHERE i.slug = $1 AND i.is_demo
        AND (EXISTS (SELECT 1 FROM keyspot_site k WHERE k.initiative_id = i.id AND k.host_name IS NOT NULL)
             OR EXISTS (SELECT 1 FROM dla_grant g JOIN grant_round r ON r.id = g.round_id WHERE g.initiative_id = i.id AND r.slug <> ALL($10)))
      RETURNING i.id`,
    [slug, real.title, real.summary, real.kind, real.status, real.audiences, real.languages, real.pillars, real.startDate, OLD_DEMO_ROUNDS],
  );
  const ids = updated[0].map((row) => row.id);
  await db.query(`DELETE FROM initiative_partner WHERE initiative_id = ANY($1)`, [ids]);
  await db.query(`DELETE FROM initiative_outcome WHERE initiative_id = ANY($1)`, [ids]);
}
