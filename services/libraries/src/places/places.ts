import { DEMO_KEY_PREFIX, PlaceStatus, SiteKind } from "@dlhub/schema";

/**
 * A Techmobile stop is one place per location, whatever the day or the initiative of the visit,
 * keyed by the location's name as the initiative sites are. The stops carry no key of their own,
 * so a demo visit's key gets the demo prefix here: a real visit to the same location is then
 * never the demo one's place, and retiring the demo visits leaves the real place alone.
 */
export const TECHMOBILE_STOP_KEY = `CASE WHEN is_demo THEN '${DEMO_KEY_PREFIX}' ELSE '' END || location_name`;

/**
 * Every place the Free Library has (docs/places.md), whether or not an initiative uses it: each
 * branch open or closed, each Hot Spot lab, each Techmobile location. Keys are the initiative
 * sites' keys (initiatives/contract.ts), so a place and a site of the same location share an id.
 * The location list states no public computer counts or hours, so those are null unless a row
 * states them. A location the Techmobile visited on several days takes its latest visit's
 * address and position.
 */
export const PLACES_SQL = `
  SELECT 'library_branch:' || code AS place_key, '${SiteKind.LIBRARY_BRANCH}' AS kind, type_code,
         CASE WHEN closed THEN '${PlaceStatus.CLOSED}' ELSE '${PlaceStatus.OPEN}' END AS status,
         name, address, latitude, longitude, public_computers AS workstations, NULL::numeric AS weekly_open_hours,
         source_dataset, source_imported_at, is_demo, NULL::text AS host_place_id
    FROM branch
  UNION ALL
  SELECT 'hot_spot_lab:' || slug, '${SiteKind.HOT_SPOT_LAB}', NULL, '${PlaceStatus.OPEN}',
         name, address, latitude, longitude, workstations, NULL, source_dataset, source_imported_at, is_demo, NULL
    FROM hot_spot_lab
  UNION ALL
  (SELECT DISTINCT ON (1) 'techmobile_stop:' || ${TECHMOBILE_STOP_KEY}, '${SiteKind.TECHMOBILE_STOP}', NULL, '${PlaceStatus.OPEN}',
          location_name, address, latitude, longitude, NULL, NULL, source_dataset, source_imported_at, is_demo, NULL
     FROM techmobile_stop
    ORDER BY 1, visit_on DESC)`;
