import { commerce } from "@dlhub/commerce";
import { describeDepartmentStatements } from "@dlhub/subgraph-kit/testing";

/** Every relation the Department of Commerce serves, each loader asked from one place per query. */
const QUERIES = {
  initiatives: `{ commerceInitiatives(first: 100) { nodes { title sites { id name } partners { partnerSlug name role } outcomes { metric value }
    cohorts { name corridor { name } businesses { businessName } initiative { slug } } workforceGrants { granteeName } } } }`,
  grants: `{ commerceInitiatives(first: 100) { nodes { workforceGrants { initiative { slug } } } } }`,
  businesses: `{ commerceInitiatives(first: 100) { nodes { cohorts { businesses { cohort { name } corridor { name } } } } } }`,
  cohortsAtTheirCorridors: `{ commerceInitiatives(first: 100) { nodes { cohorts { corridor { cohorts { name } } } } } }`,
  corridors: `{ commercialCorridors { id cohorts { name businesses { businessName } initiative { slug } corridor { name } } } }`,
};

describeDepartmentStatements(commerce, { whose: "the Department of Commerce's", grows: "initiatives, cohorts, businesses, corridors and grants", queries: QUERIES });
