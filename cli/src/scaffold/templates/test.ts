import { type RenderedFile, type TemplateContext, literal } from "./context.js";

/** The department's integration test: a real database, real HTTP, the hub contract. */
export function testFiles(context: TemplateContext): RenderedFile[] {
  const { names, title } = context;
  const list = `${names.camel}Initiatives`;
  const contents = `import { checkContract } from "@dlhub/schema";
import { buildDepartmentSubgraph } from "@dlhub/subgraph-kit";
import { postGraphql, queryOk, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { ${names.definition} } from "../src/department.js";
import { initiatives, venues } from "../src/seed/demo-data.js";

describe(${literal(`the ${title} subgraph`)}, () => {
  let subgraph: TestSubgraph;
  const statements = () => subgraph.service.database.statements.count;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(${names.definition});
  });
  afterAll(() => subgraph?.stop());

  it("serves its initiatives with the contract fields, venues and sites", async () => {
    const data = await queryOk<{ ${list}: { totalCount: number; nodes: Record<string, any>[] } }>(
      subgraph.url,
      \`{ ${list}(first: 50) { totalCount nodes {
          slug departmentId title summary kind status audiences languages pillars startDate
          partners { partnerSlug role } outcomes { metric value }
          sites { id kind name address latitude longitude }
          venues { slug name initiative { slug } }
      } } }\`,
    );
    expect(data.${list}.totalCount).toBe(initiatives.length);
    for (const node of data.${list}.nodes) {
      expect(node.departmentId).toBe(${literal(names.name)});
      expect(node.summary).toMatch(/\\(DL Hub demo data\\)$/);
      expect(node.sites).toHaveLength(node.venues.length);
      for (const venue of node.venues) expect(venue.initiative.slug).toBe(node.slug);
    }
    const sites = data.${list}.nodes.flatMap((n) => n.sites);
    expect(sites).toHaveLength(venues.length);
    expect(sites[0].id).toMatch(/^${names.name}:partner_site:/);
  });

  it("looks one initiative up by id and answers null for an unknown one", async () => {
    const { ${list} } = await queryOk<any>(subgraph.url, \`{ ${list}(first: 1) { nodes { id slug } } }\`);
    const [first] = ${list}.nodes;
    const data = await queryOk<any>(subgraph.url, \`query($id: ID!) { found: ${names.camel}Initiative(id: $id) { slug } unknown: ${names.camel}Initiative(id: "nope") { slug } }\`, { id: first.id });
    expect(data).toEqual({ found: { slug: first.slug }, unknown: null });
  });

  it("costs a bounded number of statements however many initiatives and venues it returns", async () => {
    const nested = \`{ ${list} { nodes { sites { id } partners { name } outcomes { value } venues { name initiative { slug } } } }
                     ${names.camel}Venues { initiative { venues { name } } } }\`;
    // The first request may open more pooled connections; measure once the pool is warm.
    await queryOk(subgraph.url, nested);
    // Loads resolved in different ticks may batch once or twice, so the fewest of three runs counts.
    const runs: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const before = statements();
      await queryOk(subgraph.url, nested);
      runs.push(statements() - before);
    }
    // One statement per loader use at most: list, count, sites, partners, outcomes, venues (twice),
    // all venues, initiative by id (twice).
    expect(Math.min(...runs)).toBeLessThanOrEqual(10);
  });

  it("refuses an oversized page as bad user input", async () => {
    const page = await postGraphql(subgraph.url, \`{ ${list}(first: 5000) { totalCount } }\`);
    expect(page.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("meets the hub contract and serves its initiative feed", async () => {
    const { sdl } = await buildDepartmentSubgraph(${names.definition});
    const feed = await fetch(subgraph.url.replace(/\\/graphql$/, "/initiative-feed?limit=1"));
    expect(checkContract(sdl, { name: ${literal(names.name)}, feedReachable: feed.ok })).toEqual({ ok: true, problems: [] });
  });

  it("seeds idempotently", async () => {
    await ${names.definition}.seed?.(subgraph.service.database.dataSource);
    const data = await queryOk<any>(subgraph.url, \`{ ${list} { totalCount nodes { partners { partnerSlug } } } ${names.camel}Venues { slug } }\`);
    expect(data.${list}.totalCount).toBe(initiatives.length);
    expect(data.${names.camel}Venues).toHaveLength(venues.length);
    expect(data.${list}.nodes.flatMap((n: { partners: unknown[] }) => n.partners)).toHaveLength(initiatives.flatMap((i) => i.partners ?? []).length);
  });
});
`;
  return [{ path: `test/${names.name}.int.test.ts`, contents }];
}
