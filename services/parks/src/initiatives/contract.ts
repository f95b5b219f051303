import { Department, SiteKind } from "@dlhub/schema";
import { initiativeContract } from "@dlhub/subgraph-kit";
import { ParksInitiative } from "./parks-initiative.entity.js";

/**
 * A parks initiative is delivered at the recreation centres that host its computer labs and its
 * afterschool camps, once per initiative even when it has both a lab and a camp there, with the
 * workstations of its labs there; one statement serves the whole batch.
 */
const SITES_SQL = `
  SELECT u.initiative_id, r.asset_id AS key, r.name, '${SiteKind.RECREATION_CENTER}' AS kind, r.address, r.latitude, r.longitude,
         sum(u.workstations)::int AS workstations
    FROM (
      SELECT initiative_id, center_asset_id, workstations FROM computer_lab WHERE initiative_id = ANY($1)
      UNION ALL
      SELECT initiative_id, center_asset_id, NULL FROM afterschool_computer_camp WHERE initiative_id = ANY($1)
    ) u
    JOIN recreation_center r ON r.asset_id = u.center_asset_id
   GROUP BY u.initiative_id, r.asset_id, r.name, r.address, r.latitude, r.longitude
   ORDER BY r.name`;

export const contract = initiativeContract({
  name: "parks",
  legacyDepartment: Department.PARKS,
  initiative: ParksInitiative,
  listField: "parksInitiatives",
  singleField: "parksInitiative",
  detailField: "parks",
  sitesSql: SITES_SQL,
});
