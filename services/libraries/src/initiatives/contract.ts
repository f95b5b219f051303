import { Department, SiteKind } from "@dlhub/schema";
import { initiativeContract } from "@dlhub/subgraph-kit";
import { TECHMOBILE_STOP_KEY } from "../places/places.js";
import { LibraryInitiative } from "./library-initiative.entity.js";

/**
 * A library initiative is delivered at the branches its classes meet in (or at every open branch
 * of its own kind, real or demo, for the branch-network initiatives), at its Hot Spot labs, and at
 * its Techmobile stops: one statement finds them all for a batch of initiatives.
 */
const SITES_SQL = `
  SELECT c.initiative_id, b.code AS key, b.name, '${SiteKind.LIBRARY_BRANCH}' AS kind, b.address, b.latitude, b.longitude,
         b.public_computers AS workstations
    FROM (SELECT DISTINCT initiative_id, branch_code FROM computer_class WHERE initiative_id = ANY($1)) c
    JOIN branch b ON b.code = c.branch_code
  UNION
  SELECT n.initiative_id, b.code, b.name, '${SiteKind.LIBRARY_BRANCH}', b.address, b.latitude, b.longitude, b.public_computers
    FROM branch_network_initiative n JOIN initiative i ON i.id = n.initiative_id
    -- A demo initiative reaches the demo branches, a real one the real branches: never a demo link to a real place.
    JOIN branch b ON b.is_demo = i.is_demo
   WHERE n.initiative_id = ANY($1) AND NOT b.closed
  UNION ALL
  SELECT initiative_id, slug, name, '${SiteKind.HOT_SPOT_LAB}', address, latitude, longitude, workstations
    FROM hot_spot_lab WHERE initiative_id = ANY($1)
  UNION ALL
  SELECT DISTINCT initiative_id, ${TECHMOBILE_STOP_KEY}, location_name, '${SiteKind.TECHMOBILE_STOP}', address, latitude, longitude, NULL::int
    FROM techmobile_stop WHERE initiative_id = ANY($1)
  ORDER BY 4, 3`;

export const contract = initiativeContract({
  name: "libraries",
  legacyDepartment: Department.LIBRARIES,
  initiative: LibraryInitiative,
  listField: "libraryInitiatives",
  singleField: "libraryInitiative",
  detailField: "library",
  sitesSql: SITES_SQL,
});
