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

  it("takes `filter: null`, as a client may send it, for no filter", async () => {
    const { answer: unfiltered } = await page({ first: 50 });
    const { answer } = await page({ first: 50, filter: null });
    expect(answer).toEqual(unfiltered);
  });

  it("reads no count when the question asks for none, and the same rows", async () => {
    const { answer: counted } = await page({ first: 3 });
    const { answer, statements } = await countStatements(statementsOf(hub), () =>
      queryOk<{ initiatives: { nodes: { id: string }[] } }>(hub.url, "{ initiatives(first: 3) { nodes { id } } }"),
    );
    expect(statements).toBe(1);
    expect(answer.initiatives.nodes.map((n) => n.id)).toEqual(counted.initiatives.nodes.map((n) => n.id));
  });

  describe("sites and neighborhoods read only as far as the page asks", () => {
    const SITE = "id name kind address latitude longitude workstations weeklyOpenHours tractGeoid";
    const NEIGHBORHOOD = "id name mapName areaSquareMeters planningDistrict { id }";
    type Sites = { sites: Record<string, unknown>[] };
    const pageOf = (sites: string) => queryOk<{ initiatives: { nodes: (Sites & { id: string })[] } }>(hub.url, `{ initiatives(first: 50, filter: { includeDemo: true }) { nodes { id sites { ${sites} } } } }`);
    const pick = (object: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((field) => [field, object[field]]));

    it("answers what the whole read answers, for narrow and wide selections alike", async () => {
      const wide = await pageOf(`${SITE} neighborhood { ${NEIGHBORHOOD} } planningDistrict { id } place { id }`);
      const narrow = await pageOf("name neighborhood { name }");
      const sites = wide.initiatives.nodes.flatMap((n) => n.sites);
      expect(sites.some((site) => site.neighborhood)).toBe(true);
      expect(sites.some((site) => site.workstations !== null)).toBe(true);
      expect(narrow.initiatives.nodes).toEqual(
        wide.initiatives.nodes.map((n) => ({ id: n.id, sites: n.sites.map((site) => ({ name: site.name, neighborhood: site.neighborhood && { name: (site.neighborhood as { name: string }).name } })) })),
      );
      // Each initiative alone, through the loaders: the page's wide answer is the same.
      for (const node of wide.initiatives.nodes) {
        const alone = await queryOk<{ initiative: Sites }>(hub.url, `query($id: ID!) { initiative(id: $id) { sites { ${SITE} neighborhood { ${NEIGHBORHOOD} } planningDistrict { id } place { id } } } }`, { id: node.id });
        expect(alone.initiative.sites).toEqual(node.sites);
      }
    });

    it("never hands a narrowed site or neighborhood to another field of the same request", async () => {
      const wide = await pageOf(`${SITE} neighborhood { ${NEIGHBORHOOD} }`);
      const placed = wide.initiatives.nodes.find((n) => n.sites.some((site) => site.neighborhood && site.workstations !== null))!;
      const answer = await queryOk<{ initiatives: { nodes: Sites[] }; initiative: Sites }>(
        hub.url,
        `query($id: ID!) {
          initiatives(first: 50, filter: { includeDemo: true }) { nodes { sites { name neighborhood { name } } } }
          initiative(id: $id) { sites { ${SITE} neighborhood { ${NEIGHBORHOOD} } } } }`,
        { id: placed.id },
      );
      expect(answer.initiative.sites).toEqual(placed.sites);
      expect(answer.initiative.sites.map((site) => pick(site, ["workstations"]))).toEqual(placed.sites.map((site) => pick(site, ["workstations"])));
    });
  });

  describe("counted from the kept counts when the filter asks only for departments and demo data", () => {
    /** What counting the rows says, by the filter's own condition. */
    const counted = async (condition: string, values: unknown[] = []) =>
      (await hub.fixture.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM catalog_initiative WHERE ${condition}`, values))[0].n;
    const totalFor = async (filter: Record<string, unknown>) => {
      const { answer, statements } = await page({ first: 1, filter });
      expect(statements).toBe(1);
      return answer.initiatives.totalCount;
    };
    /** The kept counts equal the catalog's rows grouped the same way. */
    const expectKeptCountsTrue = async () => {
      const kept = await hub.fixture.query(`SELECT department_id, is_demo, initiatives FROM catalog_count WHERE initiatives <> 0 ORDER BY 1, 2`);
      const rows = await hub.fixture.query(`SELECT department_id, is_demo, count(*)::int AS initiatives FROM catalog_initiative GROUP BY 1, 2 ORDER BY 1, 2`);
      expect(kept).toEqual(rows);
    };

    const expectEveryShape = async () => {
      await expectKeptCountsTrue();
      expect(await totalFor({})).toBe(await counted("NOT is_demo"));
      expect(await totalFor({ includeDemo: true })).toBe(await counted("TRUE"));
      expect(await totalFor({ includeDemo: false })).toBe(await counted("NOT is_demo"));
      expect(await totalFor({ departmentIds: ["it"] })).toBe(await counted("department_id = 'it' AND NOT is_demo"));
      expect(await totalFor({ departmentIds: ["it", "parks"], includeDemo: true })).toBe(await counted("department_id IN ('it', 'parks')"));
      expect(await totalFor({ departments: ["LIBRARIES"] })).toBe(await counted("department_id = 'libraries' AND NOT is_demo"));
      expect(await totalFor({ departmentIds: ["no-such-department"] })).toBe(0);
      // With another condition the rows are counted, and agree.
      expect(await totalFor({ departmentIds: ["it"], statuses: ["ACTIVE"], includeDemo: true })).toBe(await counted("department_id = 'it' AND status = 'ACTIVE'"));
    };

    it("answers what counting the rows answers, for every such filter", expectEveryShape);

    it("follows the catalog through inserts, updates and deletes", async () => {
      const repository = hub.fixture.getRepository(Initiative);
      await repository.insert([901, 902, 903].map((n) => initiativeRow(n, Department.PARKS, InitiativeStatus.ACTIVE, [], "2024-01-01", null)));
      await expectEveryShape();
      // A row becomes demo data, another moves department, one ends.
      await hub.fixture.query(`UPDATE catalog_initiative SET is_demo = true WHERE slug = 'initiative-901'`);
      await hub.fixture.query(`UPDATE catalog_initiative SET department_id = 'it' WHERE slug = 'initiative-902'`);
      await hub.fixture.query(`DELETE FROM catalog_initiative WHERE slug = 'initiative-903'`);
      await expectEveryShape();
      // A demo row back to real and an update that changes nothing counted.
      await hub.fixture.query(`UPDATE catalog_initiative SET is_demo = false, title = 'Renamed' WHERE slug = 'initiative-901'`);
      await expectEveryShape();
      await hub.fixture.query(`DELETE FROM catalog_initiative WHERE slug IN ('initiative-901', 'initiative-902')`);
      await expectEveryShape();
    });

    it("reads the kept counts, not the rows, for such a filter, and the rows for any other", async () => {
      const real = await counted("department_id = 'it' AND NOT is_demo");
      expect(real).toBeGreaterThan(0);
      await hub.fixture.query(`UPDATE catalog_count SET initiatives = initiatives + 1000 WHERE department_id = 'it' AND NOT is_demo`);
      try {
        expect(await totalFor({ departmentIds: ["it"] })).toBe(real + 1000);
        expect(await totalFor({ departmentIds: ["it"], search: "Initiative" })).toBe(real);
      } finally {
        await hub.fixture.query(`UPDATE catalog_count SET initiatives = initiatives - 1000 WHERE department_id = 'it' AND NOT is_demo`);
      }
    });

    it("answers a page past the end from the kept counts too", async () => {
      const total = await counted("department_id = 'it' AND NOT is_demo");
      const { answer, statements } = await page({ first: 5, after: encodeCursor(String(total + 3)), filter: { departmentIds: ["it"] } });
      expect(answer.initiatives).toMatchObject({ totalCount: total, includesDemo: false, nodes: [] });
      expect(statements).toBe(2);
    });
  });
});
