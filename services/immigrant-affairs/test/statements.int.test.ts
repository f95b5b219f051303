import { describeDepartmentStatements } from "@dlhub/subgraph-kit/testing";
import { immigrantAffairs } from "../src/department.js";

/** Every relation the Office of Immigrant Affairs serves, each loader asked from one place per query. */
const QUERIES = {
  initiatives: `{ immigrantAffairsInitiatives(first: 100) { nodes { title sites { id name } partners { partnerSlug name role } outcomes { metric value }
    venues { name initiative { slug } languageAccessServices { name } } languageAccessServices { name venue { name } } } } }`,
  services: `{ immigrantAffairsInitiatives(first: 100) { nodes { languageAccessServices { initiative { slug } } } } }`,
  venues: `{ immigrantAffairsVenues { slug languageAccessServices { slug venue { name } } initiative { slug } } }`,
  allServices: `{ languageAccessServices { slug venue { initiative { venues { name } } } } }`,
};

describeDepartmentStatements(immigrantAffairs, { whose: "the Office of Immigrant Affairs'", grows: "initiatives, venues and language-access services", queries: QUERIES });
