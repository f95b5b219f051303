import { Department, SiteKind } from "@dlhub/schema";
import { initiativeContract } from "@dlhub/subgraph-kit";
import { DISTRIBUTION_SITE_KEY } from "../places/places.js";
import { ItInitiative } from "./it-initiative.entity.js";

/**
 * An OIT initiative is delivered at its KEYSPOT centres and at the community locations where it
 * hands out devices: one statement finds both for a batch of initiatives. A KEYSPOT's key is its
 * entity id, so a client can follow a site to `keyspotSite(id)`; a distribution location has no
 * entity, so its name, made URL-safe, is its key (the same place on several days is one site;
 * see places/places.ts).
 */
const SITES_SQL = `
  SELECT initiative_id, id::text AS key, name, '${SiteKind.KEYSPOT}' AS kind, address, latitude, longitude,
         workstations, weekly_open_hours
    FROM keyspot_site WHERE initiative_id = ANY($1)
  UNION
  SELECT initiative_id, ${DISTRIBUTION_SITE_KEY}, location_name, '${SiteKind.PARTNER_SITE}', address, latitude, longitude, NULL, NULL
    FROM device_distribution_event WHERE initiative_id = ANY($1)
  ORDER BY 4, 3`;

export const contract = initiativeContract({
  name: "it",
  legacyDepartment: Department.IT,
  initiative: ItInitiative,
  listField: "itInitiatives",
  singleField: "itInitiative",
  detailField: "it",
  sitesSql: SITES_SQL,
});
