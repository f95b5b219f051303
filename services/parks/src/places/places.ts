import { SiteKind } from "@dlhub/schema";

/**
 * Parks & Recreation's places: every program site, whether or not an initiative uses it, under
 * the key its initiative sites use (`recreation_center:<asset id>`) whatever its kind, so a site
 * and its place share one id. The kind follows the City's PROGRAM_TYPE code, kept as the type
 * code: PPR_REC (playgrounds too) is a recreation centre, and the other codes name their kind.
 * Demo rows have no code, so their kind comes from the program type words they carry. The
 * centre's workstations are its computer labs' (null without a lab); the export states no
 * opening hours, so those are null.
 */
export const PLACES_SQL = `
  SELECT 'recreation_center:' || r.asset_id AS place_key,
         CASE
           WHEN r.program_type_code = 'PPR_REC' THEN '${SiteKind.RECREATION_CENTER}'
           WHEN r.program_type_code IS NOT NULL THEN r.program_type_code
           WHEN r.program_type = 'Older Adult Center' THEN 'OLDER_ADULT_CENTER'
           WHEN r.program_type = 'Pool' THEN 'POOL'
           WHEN r.program_type = 'Environmental Education Center' THEN 'ENVIRONMENTAL_EDUCATION_CENTER'
           ELSE '${SiteKind.RECREATION_CENTER}'
         END AS kind,
         r.program_type_code AS type_code, r.status, r.name, r.address, r.latitude, r.longitude,
         (SELECT sum(l.workstations)::integer FROM computer_lab l WHERE l.center_asset_id = r.asset_id) AS workstations,
         NULL::numeric AS weekly_open_hours, r.source_dataset, r.source_imported_at, r.is_demo, NULL::text AS host_place_id
    FROM recreation_center r`;
