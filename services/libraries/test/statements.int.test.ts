import { describeDepartmentStatements } from "@dlhub/subgraph-kit/testing";
import { libraries } from "@dlhub/libraries";

/** Every relation the Free Library serves, each loader asked from one place per query. */
const QUERIES = {
  initiatives: `{ libraryInitiatives(first: 100) { nodes { title atEveryBranch sites { id name } partners { partnerSlug name role } outcomes { metric value }
    classes { title branch { name } sessions { attendance } initiative { slug } } hotSpotLabs { name } techmobileStops { locationName } } } }`,
  classesAtTheirBranches: `{ libraryInitiatives(first: 100) { nodes { classes { branch { classes { title } } } } } }`,
  branches: `{ libraryBranches { code classes { title sessions { startsAt } branch { code } initiative { slug } } } }`,
};

describeDepartmentStatements(libraries, { whose: "the Free Library's", grows: "initiatives, classes, sessions, branches, labs and stops", queries: QUERIES });
