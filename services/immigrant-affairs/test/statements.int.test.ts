import { expectConstantStatements, multiplyDepartmentData, queryEachOk, startTestSubgraph, statementsOf, useTestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { immigrantAffairs } from "../src/department.js";

/** Every relation the Office of Immigrant Affairs serves, each loader asked from one place per query. */
const QUERIES = {
  initiatives: `{ immigrantAffairsInitiatives(first: 100) { nodes { title sites { id name } partners { partnerSlug name role } outcomes { metric value }
    venues { name initiative { slug } languageAccessServices { name } } languageAccessServices { name venue { name } } } } }`,
  services: `{ immigrantAffairsInitiatives(first: 100) { nodes { languageAccessServices { initiative { slug } } } } }`,
  venues: `{ immigrantAffairsVenues { slug languageAccessServices { slug venue { name } } initiative { slug } } }`,
  allServices: `{ languageAccessServices { slug venue { initiative { venues { name } } } } }`,
};

describe("the Office of Immigrant Affairs' SQL statements per request", () => {
  const stack = useTestStack();
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(immigrantAffairs, { stack });
  });

  it("stay the same when initiatives, venues and language-access services all grow fivefold", async () => {
    await expectConstantStatements({
      statements: statementsOf(subgraph),
      request: () => queryEachOk(subgraph.url, QUERIES),
      grow: () => multiplyDepartmentData(subgraph.service.database.dataSource, 4),
    });
  });
});
