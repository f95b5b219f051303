import { commerce } from "@dlhub/commerce";
import { expectConstantStatements, multiplyDepartmentData, queryEachOk, startTestSubgraph, statementsOf, useTestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";

/** Every relation the Department of Commerce serves, each loader asked from one place per query. */
const QUERIES = {
  initiatives: `{ commerceInitiatives(first: 100) { nodes { title sites { id name } partners { partnerSlug name role } outcomes { metric value }
    cohorts { name corridor { name } businesses { businessName } initiative { slug } } workforceGrants { granteeName } } } }`,
  grants: `{ commerceInitiatives(first: 100) { nodes { workforceGrants { initiative { slug } } } } }`,
  businesses: `{ commerceInitiatives(first: 100) { nodes { cohorts { businesses { cohort { name } corridor { name } } } } } }`,
  cohortsAtTheirCorridors: `{ commerceInitiatives(first: 100) { nodes { cohorts { corridor { cohorts { name } } } } } }`,
  corridors: `{ commercialCorridors { id cohorts { name businesses { businessName } initiative { slug } corridor { name } } } }`,
};

describe("the Department of Commerce's SQL statements per request", () => {
  const stack = useTestStack();
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(commerce, { stack });
  });

  it("stay the same when initiatives, cohorts, businesses, corridors and grants all grow fivefold", async () => {
    await expectConstantStatements({
      statements: statementsOf(subgraph),
      request: () => queryEachOk(subgraph.url, QUERIES),
      grow: () => multiplyDepartmentData(subgraph.service.database.dataSource, 4),
    });
  });
});
