import { PlaceStatus } from "@dlhub/schema";
import { LanguageAccessChannel } from "../language-access/language-access-channel.js";

/**
 * A kind of place only this Office has: a desk or table where residents walk in and get help in
 * their language. No list in the hub names it; the hub takes any kind a department publishes.
 */
export const LANGUAGE_ACCESS_DESK = "LANGUAGE_ACCESS_DESK";

/**
 * The Office's places: every venue, under its own kind and the key its initiative sites use
 * (`<kind>:<slug>`), and every language-access service one walks in to, as a desk inside its
 * venue. The desk stands where its venue stands, so it takes the venue's address and position,
 * and names the venue as its host. The Office's lists state no type code, computers or opening
 * hours in numbers (a desk's hours are words), and close nothing, so those are null and every
 * place is OPEN.
 */
export const PLACES_SQL = `
  SELECT lower(v.kind) || ':' || v.slug AS place_key, v.kind, NULL::text AS type_code, '${PlaceStatus.OPEN}' AS status,
         v.name, v.address, v.latitude, v.longitude, NULL::integer AS workstations, NULL::numeric AS weekly_open_hours,
         v.source_dataset, v.source_imported_at, v.is_demo, NULL::text AS host_place_id
    FROM venue v
  UNION ALL
  SELECT 'language_access_desk:' || s.slug, '${LANGUAGE_ACCESS_DESK}', NULL, '${PlaceStatus.OPEN}',
         s.name, v.address, v.latitude, v.longitude, NULL, NULL,
         s.source_dataset, s.source_imported_at, s.is_demo, 'immigrant-affairs:' || lower(v.kind) || ':' || v.slug
    FROM language_access_service s JOIN venue v ON v.slug = s.venue_slug
   WHERE '${LanguageAccessChannel.WALK_IN}' = ANY(s.channels)`;
