import { DEMO_KEY_PREFIX, PlaceStatus, SiteKind } from "@dlhub/schema";

/**
 * A device distribution location is one place, however many days devices were handed out there,
 * keyed by its name made URL-safe, as the initiative sites are. The events carry no key of their
 * own, so a demo event's key gets the demo prefix here: a real event at the same location is then
 * never the demo one's place.
 */
export const DISTRIBUTION_SITE_KEY = `CASE WHEN is_demo THEN '${DEMO_KEY_PREFIX}' ELSE '' END
  || trim(both '-' from lower(regexp_replace(location_name, '[^a-zA-Z0-9]+', '-', 'g')))`;

/**
 * Every place OIT has (docs/places.md), whether or not an initiative uses it: each KEYSPOT and each
 * device distribution location. Keys are the initiative sites' keys (initiatives/contract.ts): a
 * KEYSPOT's is its entity id. Every listed KEYSPOT is open (the lists name operating sites). A
 * KEYSPOT's host is another department's place, named by that department's subgraph and record
 * (libraries' branch, parks' recreation centre) when its key is known. A location used on several
 * days takes its latest day's address and position.
 */
export const PLACES_SQL = `
  SELECT 'keyspot:' || id AS place_key, '${SiteKind.KEYSPOT}' AS kind, type_code, '${PlaceStatus.OPEN}' AS status,
         name, address, latitude, longitude, workstations, weekly_open_hours, source_dataset, source_imported_at, is_demo,
         CASE WHEN host_branch_code IS NOT NULL THEN 'libraries:library_branch:' || host_branch_code
              WHEN host_recreation_center_asset_id IS NOT NULL THEN 'parks:recreation_center:' || host_recreation_center_asset_id
         END AS host_place_id
    FROM keyspot_site
  UNION ALL
  (SELECT DISTINCT ON (1) 'partner_site:' || ${DISTRIBUTION_SITE_KEY}, '${SiteKind.PARTNER_SITE}', NULL, '${PlaceStatus.OPEN}',
          location_name, address, latitude, longitude, NULL, NULL, source_dataset, source_imported_at, is_demo, NULL
     FROM device_distribution_event
    ORDER BY 1, held_on DESC)`;
