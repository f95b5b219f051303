import { PlaceStatus, SiteKind } from "@dlhub/schema";

/**
 * Commerce's places are its corridors, every one of them, whether or not a cohort meets there.
 * The key is the corridor's slug, as in the initiative sites, so a site and its place share one
 * id. A corridor is a stretch of street, not a building: it has no street address (its
 * description stands in, as in the sites), no public computers and no opening hours, and no list
 * Commerce keeps closes one, so every corridor is OPEN.
 */
export const PLACES_SQL = `
  SELECT 'commercial_corridor:' || id AS place_key, '${SiteKind.COMMERCIAL_CORRIDOR}' AS kind, NULL::text AS type_code,
         '${PlaceStatus.OPEN}' AS status, name, description AS address, latitude, longitude,
         NULL::integer AS workstations, NULL::numeric AS weekly_open_hours,
         source_dataset, source_imported_at, is_demo, NULL::text AS host_place_id
    FROM commercial_corridor`;
