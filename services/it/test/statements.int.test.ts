import { itDepartment } from "@dlhub/it";
import { expectConstantStatements, multiplyDepartmentData, queryEachOk, startTestSubgraph, statementsOf, useTestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";

// The department is exported as `it` (its subgraph name); here it is `itDepartment` so jest's `it` stays usable.

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

describe("the Office of Innovation and Technology's SQL statements per request", () => {
  const stack = useTestStack();
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(itDepartment, { stack });
  });

  it("stay the same when initiatives, KEYSPOTs, grants, rounds, programmes, events and challenges all grow fivefold", async () => {
    await expectConstantStatements({
      statements: statementsOf(subgraph),
      request: () => queryEachOk(subgraph.url, QUERIES),
      grow: () => multiplyDepartmentData(subgraph.service.database.dataSource, 4),
    });
  });
});
