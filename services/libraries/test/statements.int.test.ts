import { expectConstantStatements, multiplyDepartmentData, queryOk, startTestSubgraph, statementsOf, useTestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { libraries } from "@dlhub/libraries";

/** Every relation the Free Library serves, from its initiatives and from its branches. */
const EVERYTHING = `{
  libraryInitiatives(first: 100) { nodes { title atEveryBranch
    sites { id name } partners { partnerSlug name role } outcomes { metric value }
    classes { title branch { name classes { title initiative { slug } } } sessions { attendance } initiative { slug } }
    hotSpotLabs { name } techmobileStops { locationName } } }
  libraryBranches { code classes { title sessions { startsAt } branch { code } } }
}`;

describe("the Free Library's SQL statements per request", () => {
  const stack = useTestStack();
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(libraries, { stack });
  });

  it("stay the same when initiatives, classes, sessions, branches, labs and stops all grow fivefold", async () => {
    const { small, large } = await expectConstantStatements({
      statements: statementsOf(subgraph),
      request: () => queryOk(subgraph.url, EVERYTHING),
      grow: () => multiplyDepartmentData(subgraph.service.database.dataSource, 4),
    });
    expect(large.objects["libraryBranches.classes.sessions"]).toBe(5 * small.objects["libraryBranches.classes.sessions"]);
  });
});
