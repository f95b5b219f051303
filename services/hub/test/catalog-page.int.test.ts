import { Department, InitiativeStatus } from "@dlhub/schema";
import { countStatements, queryOk, statementsOf } from "@dlhub/subgraph-kit/testing";
import { encodeCursor } from "@dlhub/subgraph-kit";
import { initiativeRow } from "./fixtures/analysis/catalog.js";
import { type AnalysisSubgraph, startAnalysisSubgraph } from "./fixtures/analysis/subgraph.js";
import { Initiative } from "../src/catalog/initiative.entity.js";

/**
 * The catalog page reads its rows, what they reference and the count in one statement (issue 15
 * part 6). The answers are what paging promises: every page counts the whole list, a page past
 * the end still counts it, and a question that asks for no count reads none.
 */
const PAGE = `query($first: Int!, $after: String, $filter: InitiativeFilter) {
  initiatives(first: $first, after: $after, filter: $filter) {
    totalCount includesDemo
    nodes { id title departmentId departmentName sites { name neighborhood { name } } partners { name } }
    pageInfo { hasNextPage endCursor } } }`;

interface Page {
  initiatives: {
    totalCount: number;
    includesDemo: boolean;
    nodes: { id: string; title: string; departmentName: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe("the catalog page", () => {
  let hub: AnalysisSubgraph;
  beforeAll(async () => {
    hub = await startAnalysisSubgraph();
    // A demo initiative, counted only when the question includes demo data.
    await hub.fixture.getRepository(Initiative).insert({ ...initiativeRow(900, Department.IT, InitiativeStatus.ACTIVE, [], "2024-01-01", null), isDemo: true });
  });
  afterAll(() => hub?.stop());

  const page = (variables: Record<string, unknown>) => countStatements(statementsOf(hub), () => queryOk<Page>(hub.url, PAGE, variables));

  it("is one statement a page, and the pages walked two at a time are the whole list, each counting all of it", async () => {
    const { answer: whole } = await page({ first: 50, filter: { includeDemo: true } });
    const all = whole.initiatives.nodes.map((n) => n.id);
    expect(all.length).toBeGreaterThan(4);
    expect(whole.initiatives.totalCount).toBe(all.length);
    expect(whole.initiatives.includesDemo).toBe(true);

    const walked: string[] = [];
    let after: string | null = null;
    do {
      const { answer, statements } = await page({ first: 2, after, filter: { includeDemo: true } });
      expect(statements).toBe(1);
      expect(answer.initiatives.totalCount).toBe(all.length);
      expect(answer.initiatives.includesDemo).toBe(true);
      walked.push(...answer.initiatives.nodes.map((n) => n.id));
      after = answer.initiatives.pageInfo.hasNextPage ? answer.initiatives.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(all);
  });

  it("counts without the demo data when the question leaves it out, and says so", async () => {
    const { answer: withDemo } = await page({ first: 50, filter: { includeDemo: true } });
    const { answer, statements } = await page({ first: 1, filter: { includeDemo: false } });
    expect(statements).toBe(1);
    expect(answer.initiatives.totalCount).toBe(withDemo.initiatives.totalCount - 1);
    expect(answer.initiatives.includesDemo).toBe(false);
  });

  it("still counts the list on a page past its end, with a statement of its own", async () => {
    const { answer: whole } = await page({ first: 50, filter: { includeDemo: true } });
    const { answer, statements } = await page({ first: 5, after: encodeCursor(String(whole.initiatives.totalCount + 3)), filter: { includeDemo: true } });
    expect(answer.initiatives).toEqual({ totalCount: whole.initiatives.totalCount, includesDemo: true, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(statements).toBe(2);
  });

  it("counts nothing when nothing matches", async () => {
    const { answer, statements } = await page({ first: 5, filter: { search: "no initiative is called this" } });
    expect(answer.initiatives).toEqual({ totalCount: 0, includesDemo: false, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(statements).toBe(1);
  });

  it("reads no count when the question asks for none, and the same rows", async () => {
    const { answer: counted } = await page({ first: 3 });
    const { answer, statements } = await countStatements(statementsOf(hub), () =>
      queryOk<{ initiatives: { nodes: { id: string }[] } }>(hub.url, "{ initiatives(first: 3) { nodes { id } } }"),
    );
    expect(statements).toBe(1);
    expect(answer.initiatives.nodes.map((n) => n.id)).toEqual(counted.initiatives.nodes.map((n) => n.id));
  });
});
