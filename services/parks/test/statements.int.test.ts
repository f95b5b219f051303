import { parks } from "@dlhub/parks";
import { expectConstantStatements, multiplyDepartmentData, queryEachOk, startTestSubgraph, statementsOf, useTestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";

/** Every relation Parks & Recreation serves, each loader asked from one place per query. */
const QUERIES = {
  labs: `{ parksInitiatives(first: 100) { nodes { title sites { id name } partners { partnerSlug name role } outcomes { metric value }
    computerLabs { name center { name afterschoolCamps { season } } initiative { slug } } } } }`,
  camps: `{ parksInitiatives(first: 100) { nodes { afterschoolCamps { season center { name computerLabs { name } } initiative { slug } } } } }`,
  centers: `{ recreationCenters { assetId computerLabs { name initiative { slug } } afterschoolCamps { season center { assetId } } } }`,
};

describe("Parks & Recreation's SQL statements per request", () => {
  const stack = useTestStack();
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(parks, { stack });
  });

  it("stay the same when initiatives, labs, camps and recreation centres all grow fivefold", async () => {
    await expectConstantStatements({
      statements: statementsOf(subgraph),
      request: () => queryEachOk(subgraph.url, QUERIES),
      grow: () => multiplyDepartmentData(subgraph.service.database.dataSource, 4),
    });
  });
});
