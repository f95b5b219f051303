import { countStatements, errorCodes, postGraphql, queryOk, startTestSubgraph, statementsOf, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { libraries } from "@dlhub/libraries";

describe("the Free Library subgraph", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(libraries);
  });
  afterAll(() => subgraph?.stop());

  it("serves its initiatives with the contract fields, classes and sites", async () => {
    const data = await queryOk<{ libraryInitiatives: { totalCount: number; nodes: Record<string, any>[] } }>(
      subgraph.url,
      `{ libraryInitiatives(first: 10) { totalCount nodes {
          slug title departmentId department kind status audiences languages startDate
          partners { partnerSlug role } outcomes { metric value }
          sites { id kind name } classes { title branch { name } sessions { attendance } }
      } } }`,
    );
    expect(data.libraryInitiatives.totalCount).toBe(5);
    const basics = data.libraryInitiatives.nodes.find((n) => n.slug === "computer-basics-classes");
    expect(basics).toMatchObject({ departmentId: "libraries", department: "LIBRARIES", kind: "CLASS_SERIES", startDate: "2024-01-08" });
    expect(basics?.classes).toHaveLength(4);
    expect(basics?.sites.map((s: { id: string }) => s.id)).toContain("libraries:library_branch:demo-52022");
    expect(basics?.classes[0].sessions).toHaveLength(4);
  });

  it("pages with cursors and refuses an oversized page", async () => {
    const first = await queryOk<any>(subgraph.url, `{ libraryInitiatives(first: 3) { nodes { slug } pageInfo { hasNextPage endCursor } } }`);
    expect(first.libraryInitiatives.pageInfo.hasNextPage).toBe(true);
    const rest = await queryOk<any>(subgraph.url, `query($after: String) { libraryInitiatives(first: 3, after: $after) { nodes { slug } pageInfo { hasNextPage } } }`, {
      after: first.libraryInitiatives.pageInfo.endCursor,
    });
    expect(rest.libraryInitiatives.nodes).toHaveLength(2);
    expect(rest.libraryInitiatives.pageInfo.hasNextPage).toBe(false);

    const response = await postGraphql(subgraph.url, "{ libraryInitiatives(first: 5000) { totalCount } }");
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });

  it("resolves branch references in one statement however many are asked for", async () => {
    const representations = ["demo-52022", "demo-52026", "demo-52018", "nope"].map((code) => ({ __typename: "LibraryBranch", code }));
    const { answer: data, statements } = await countStatements(statementsOf(subgraph), () =>
      queryOk<any>(subgraph.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on LibraryBranch { name } } }`, { r: representations }),
    );
    expect(data._entities.map((e: { name: string } | null) => e?.name ?? null)).toEqual(["Logan", "Nicetown-Tioga", "Kensington", null]);
    expect(statements).toBe(1);
  });

  it("seeds idempotently", async () => {
    await libraries.seed?.(subgraph.service.database.dataSource);
    const data = await queryOk<any>(subgraph.url, `{ libraryInitiatives { totalCount } libraryBranches { code } }`);
    expect(data.libraryInitiatives.totalCount).toBe(5);
    expect(data.libraryBranches).toHaveLength(7);
  });
});
