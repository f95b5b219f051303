import { Department, type InitiativeSite, SiteKind } from "@dlhub/schema";
import { groupByKey, initiativeContract } from "@dlhub/subgraph-kit";
import { CommerceInitiative } from "./commerce-initiative.entity.js";

interface SiteRow extends Omit<InitiativeSite, "id"> {
  initiative_id: string;
  key: string;
}

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
  department: Department.COMMERCE,
  initiative: CommerceInitiative,
  listField: "commerceInitiatives",
  singleField: "commerceInitiative",
  sites: async (ids, db) => {
    const rows: SiteRow[] = await db.query(SITES_SQL, [ids]);
    const sites = rows.map(({ initiative_id, key, ...site }) => ({
      ...site,
      initiativeId: initiative_id,
      id: `commerce:${site.kind.toLowerCase()}:${key}`,
    }));
    return groupByKey(ids, sites, (site) => site.initiativeId);
  },
});
