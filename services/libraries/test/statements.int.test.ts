import { expectConstantStatements, multiplyDepartmentData, queryEachOk, startTestSubgraph, statementsOf, useTestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { libraries } from "@dlhub/libraries";

/** Every relation the Free Library serves, each loader asked from one place per query. */
const QUERIES = {
  initiatives: `{ libraryInitiatives(first: 100) { nodes { title atEveryBranch sites { id name } partners { partnerSlug name role } outcomes { metric value }
    classes { title branch { name } sessions { attendance } initiative { slug } } hotSpotLabs { name } techmobileStops { locationName } } } }`,
  classesAtTheirBranches: `{ libraryInitiatives(first: 100) { nodes { classes { branch { classes { title } } } } } }`,
  branches: `{ libraryBranches { code classes { title sessions { startsAt } branch { code } initiative { slug } } } }`,
};

describe("the Free Library's SQL statements per request", () => {
  const stack = useTestStack();
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(libraries, { stack });
  });

  it("stay the same when initiatives, classes, sessions, branches, labs and stops all grow fivefold", async () => {
    await expectConstantStatements({
      statements: statementsOf(subgraph),
      request: () => queryEachOk(subgraph.url, QUERIES),
      grow: () => multiplyDepartmentData(subgraph.service.database.dataSource, 4),
    });
  });
});
