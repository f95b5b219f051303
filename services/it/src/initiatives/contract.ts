import { Department, type InitiativeSite, SiteKind } from "@dlhub/schema";
import { groupByKey, initiativeContract } from "@dlhub/subgraph-kit";
import { ItInitiative } from "./it-initiative.entity.js";

interface SiteRow extends Omit<InitiativeSite, "id"> {
  initiative_id: string;
  key: string;
}

/**
 * An OIT initiative is delivered at its KEYSPOT centres and at the community locations where it
 * hands out devices: one statement finds both for a batch of initiatives. A KEYSPOT's key is its
 * entity id, so a client can follow a site to `keyspotSite(id)`; a distribution location has no
 * entity, so its name, made URL-safe, is its key (the same place on several days is one site).
 */
const SITES_SQL = `
  SELECT initiative_id, id::text AS key, name, '${SiteKind.KEYSPOT}' AS kind, address, latitude, longitude
    FROM keyspot_site WHERE initiative_id = ANY($1)
  UNION
  SELECT initiative_id, trim(both '-' from lower(regexp_replace(location_name, '[^a-zA-Z0-9]+', '-', 'g'))),
         location_name, '${SiteKind.PARTNER_SITE}', address, latitude, longitude
    FROM device_distribution_event WHERE initiative_id = ANY($1)
  ORDER BY 4, 3`;

export const contract = initiativeContract({
  department: Department.IT,
  initiative: ItInitiative,
  listField: "itInitiatives",
  singleField: "itInitiative",
  sites: async (ids, db) => {
    const rows: SiteRow[] = await db.query(SITES_SQL, [ids]);
    const sites = rows.map(({ initiative_id, key, ...site }) => ({
      ...site,
      initiativeId: initiative_id,
      id: `it:${site.kind.toLowerCase()}:${key}`,
    }));
    return groupByKey(ids, sites, (site) => site.initiativeId);
  },
});
