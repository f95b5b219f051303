import { Department } from "@dlhub/schema";
import { initiativeContract } from "@dlhub/subgraph-kit";
import { ImmigrantAffairsInitiative } from "./immigrant-affairs-initiative.entity.js";

/**
 * An initiative is delivered at its venues, each with its own kind (a partner's office, a library
 * branch, a KEYSPOT); a help line has no venue and so no site. One statement serves a whole batch.
 */
const SITES_SQL = `
  SELECT initiative_id, slug AS key, name, kind, address, latitude, longitude
    FROM venue
   WHERE initiative_id = ANY($1)
   ORDER BY name`;

export const contract = initiativeContract({
  name: "immigrant-affairs",
  legacyDepartment: Department.IMMIGRANT_AFFAIRS,
  initiative: ImmigrantAffairsInitiative,
  listField: "immigrantAffairsInitiatives",
  singleField: "immigrantAffairsInitiative",
  detailField: "immigrantAffairs",
  sitesSql: SITES_SQL,
});
