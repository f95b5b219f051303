import { Department, SiteKind } from "@dlhub/schema";
import { initiativeContract } from "@dlhub/subgraph-kit";
import { CommerceInitiative } from "./commerce-initiative.entity.js";

/**
 * A Commerce initiative is delivered on the corridors its cohorts meet on; online cohorts have no
 * corridor and add no site. The corridor has no street address, so its description stands in.
 */
const SITES_SQL = `
  SELECT DISTINCT c.initiative_id, k.id AS key, k.name, '${SiteKind.COMMERCIAL_CORRIDOR}' AS kind,
         k.description AS address, k.latitude, k.longitude
    FROM business_cohort c JOIN commercial_corridor k ON k.id = c.corridor_id
   WHERE c.initiative_id = ANY($1)
   ORDER BY name`;

export const contract = initiativeContract({
  name: "commerce",
  legacyDepartment: Department.COMMERCE,
  initiative: CommerceInitiative,
  listField: "commerceInitiatives",
  singleField: "commerceInitiative",
  detailField: "commerce",
  sitesSql: SITES_SQL,
});
