import { type ImportProblem, type ImportRow, type ImportWriter, type SourceFile, defineImporter, readGeoJson } from "@dlhub/subgraph-kit";
import { KeyspotHostKind, KeyspotSite } from "../../keyspots/keyspot-site.entity.js";
import { KEYSPOT_NETWORK, initiativeIds } from "../initiatives.js";
import { type KeyspotRow, type KeyspotShape, keyspotRow } from "./keyspot-row.js";

/** Each feature's properties and point, tagged with the file shape its properties match. */
async function readKeyspots(file: string): Promise<SourceFile<Record<string, unknown>>> {
  const { records, problems } = await readGeoJson(file, { geometry: ["Point"] });
  return {
    problems,
    records: records.map(({ fields: { properties, geometry }, ...at }) => ({
      ...at,
      fields: { ...properties, shape: shapeOf(properties), longitude: geometry.coordinates[0], latitude: geometry.coordinates[1] },
    })),
  };
}

function shapeOf(properties: Record<string, unknown>): KeyspotShape | undefined {
  if ("organization" in properties) return "list-2015";
  if ("Name" in properties) return "official";
  return undefined;
}

/**
 * The two shapes know different things (region and Hot Spot sponsorship, or phone numbers), and
 * what a file does not know is left as stored. A file mixing them would blank one shape's
 * columns on the other's rows, so it is refused.
 */
function oneShape(rows: ImportRow<KeyspotRow>[]): ImportProblem[] {
  const first = rows[0];
  if (!first) return [];
  const names: Record<KeyspotShape, string> = { "list-2015": "the 2015 list's", official: "the City's" };
  return rows
    .filter(({ row }) => row.shape !== first.row.shape)
    .map(({ line, feature, row }) => ({ line, feature, reason: `has ${names[row.shape]} properties where feature ${first.feature} has ${names[first.row.shape]}` }));
}

/**
 * A site that changes kind of host keeps no key of its old kind: the table allows a branch code
 * only on a branch-hosted site, and so on. Cleared before the upsert sets the new kind, with the
 * host's name from the file, so the host stays known by name while it has no key.
 */
async function clearStaleHostKeys(writer: ImportWriter, sites: KeyspotRow["site"][]): Promise<void> {
  await writer.manager.query(
    `UPDATE keyspot_site s SET
        host_branch_code = CASE WHEN f.kind = $4 THEN s.host_branch_code END,
        host_recreation_center_asset_id = CASE WHEN f.kind = $5 THEN s.host_recreation_center_asset_id END,
        host_partner_slug = CASE WHEN f.kind = $6 THEN s.host_partner_slug END,
        host_name = f.host_name
      FROM unnest($1::text[], $2::text[], $3::text[]) AS f(slug, kind, host_name)
      WHERE s.slug = f.slug AND s.host_kind <> f.kind`,
    [
      sites.map((s) => s.slug),
      sites.map((s) => s.hostKind),
      sites.map((s) => s.hostName),
      KeyspotHostKind.LIBRARY_BRANCH,
      KeyspotHostKind.RECREATION_CENTER,
      KeyspotHostKind.COMMUNITY_ORGANIZATION,
    ],
  );
}

/**
 * KEYSPOT locations as GeoJSON points: the 2015 list or the City's later file. Sites join the
 * real `keyspot-network` initiative under a key made from their name; the demo KEYSPOTs (and a
 * demo initiative of that slug) are retired first. The files have no workstation counts, hours
 * or host keys, so those stay as a real row has them (null for a new site) rather than guessed.
 */
export const keyspotsImporter = defineImporter({
  kind: "keyspots",
  description: "KEYSPOT locations GeoJSON: the 2015 list (organization, site_address, region, site_type) or the City's (Name, Street, …)",
  read: readKeyspots,
  row: keyspotRow,
  key: ({ site }) => site.slug,
  check: oneShape,
  write: async (rows, writer) => {
    const sites = rows.map(({ row }) => row.site);
    await writer.retireDemo(KeyspotSite);
    const initiativeId = (await initiativeIds(writer, [KEYSPOT_NETWORK])).get(KEYSPOT_NETWORK) as string;
    await clearStaleHostKeys(writer, sites);
    await writer.upsert(KeyspotSite, sites.map((site) => ({ ...site, ...writer.source, initiativeId })), ["slug"]);
  },
});
