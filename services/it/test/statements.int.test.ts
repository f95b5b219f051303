import { itDepartment } from "@dlhub/it";
import { describeDepartmentStatements } from "@dlhub/subgraph-kit/testing";

/** Every relation the Office of Innovation and Technology serves, each loader asked from one place per query. */
const QUERIES = {
  initiatives: `{ itInitiatives(first: 100) { nodes { title sites { id name } partners { partnerSlug name role } outcomes { metric value }
    keyspotSites { slug hostBranch { code } hostRecreationCenter { assetId } initiative { slug } }
    grants { amountUsd round { slug grants { granteeName } } } navigatorPrograms { name } deviceDistributions { heldOn } pitchAndPilotChallenges { title } } } }`,
  grants: `{ itInitiatives(first: 100) { nodes { grants { initiative { slug } } } } }`,
  navigators: `{ itInitiatives(first: 100) { nodes { navigatorPrograms { initiative { slug } } } } }`,
  devices: `{ itInitiatives(first: 100) { nodes { deviceDistributions { initiative { slug } } } } }`,
  challenges: `{ itInitiatives(first: 100) { nodes { pitchAndPilotChallenges { initiative { slug } } } } }`,
  rounds: `{ grantRounds { slug grants { amountUsd round { slug } initiative { slug } } } }`,
  keyspots: `{ keyspotSites { slug initiative { slug } } }`,
};

describeDepartmentStatements(itDepartment, { whose: "the Office of Innovation and Technology's", grows: "initiatives, KEYSPOTs, grants, rounds, programmes, events and challenges", queries: QUERIES });
