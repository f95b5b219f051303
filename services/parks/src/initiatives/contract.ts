import { Department, type InitiativeSite, SiteKind } from "@dlhub/schema";
import { groupByKey, initiativeContract } from "@dlhub/subgraph-kit";
import { ParksInitiative } from "./parks-initiative.entity.js";

interface SiteRow extends Omit<InitiativeSite, "id"> {
  initiative_id: string;
  key: string;
}

/**
 * A parks initiative is delivered at the recreation centres that host its computer labs and its
 * afterschool camps. The inner UNION (not UNION ALL) lists a centre once per initiative even when
 * it has both a lab and a camp there; one statement serves the whole batch.
 */
const SITES_SQL = `
  SELECT u.initiative_id, r.asset_id AS key, r.name, '${SiteKind.RECREATION_CENTER}' AS kind, r.address, r.latitude, r.longitude
    FROM (
      SELECT initiative_id, center_asset_id FROM computer_lab WHERE initiative_id = ANY($1)
      UNION
      SELECT initiative_id, center_asset_id FROM afterschool_computer_camp WHERE initiative_id = ANY($1)
    ) u
    JOIN recreation_center r ON r.asset_id = u.center_asset_id
   ORDER BY r.name`;

export const contract = initiativeContract({
  department: Department.PARKS,
  initiative: ParksInitiative,
  listField: "parksInitiatives",
  singleField: "parksInitiative",
  sites: async (ids, db) => {
    const rows: SiteRow[] = await db.query(SITES_SQL, [ids]);
    const sites = rows.map(({ initiative_id, key, ...site }) => ({
      ...site,
      initiativeId: initiative_id,
      id: `parks:${site.kind.toLowerCase()}:${key}`,
    }));
    return groupByKey(ids, sites, (site) => site.initiativeId);
  },
});
