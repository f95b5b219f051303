import { join } from "node:path";
import { type SubgraphService } from "@dlhub/subgraph-kit";
import { queryOk , describeWithCityData } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { catalogState, departmentState, waitFor } from "./catalog-compare";
import { REAL_DATA, REAL_FILES, importInto, writeTestIndicators } from "./real-data-import";
import { type TestHub, startTestHub } from "./start-test-hub";

const describeIfData = describeWithCityData(REAL_DATA);

/**
 * The coordinator's questions, through the gateway, over the City's real boundaries, KEYSPOT
 * sites, library branches and DLA grants (imported as `npm run import` does) beside the demo data.
 * Expected answers are worked out from the departments' and the hub's tables independently.
 */
describeIfData("the coordinator's questions over the City's real data", () => {
  let hub: TestHub;
  const service = (name: string) => hub.subgraphs.find((s) => s.name === name) as SubgraphService;
  const hubSql = <T>(sql: string, params: unknown[] = []) => service("hub").database.dataSource.query(sql, params) as Promise<T>;
  const ask = <T = any>(query: string, variables: Record<string, unknown> = {}) => queryOk<T>(hub.gatewayUrl, query, variables);

  beforeAll(async () => {
    hub = await startTestHub();
    for (const [kind, file] of REAL_FILES) await importInto(hub.subgraphs, kind, join(REAL_DATA, file));
    const geoids = (await hubSql<{ geoid: string }[]>(`SELECT geoid FROM census_tract ORDER BY geoid`)).map((t) => t.geoid);
    await importInto(hub.subgraphs, "tract-indicators", writeTestIndicators(geoids));
    // The imports change sites, which the in-step comparison of titles cannot see: wait until the
    // hub has applied every department's whole change log.
    await waitFor(() => feedsCaughtUp(hub), 30_000, "the hub to apply every department's changes");
    for (const name of ["it", "libraries", "commerce", "parks"]) {
      expect(await catalogState(service("hub").database.dataSource, name)).toEqual(await departmentState(service(name).database.dataSource));
    }
    // Every site with coordinates inside the City is placed once the real boundaries are in.
    await waitFor(async () => (await hubSql<{ n: number }[]>(`SELECT count(*)::int AS n FROM catalog_site WHERE latitude IS NOT NULL AND neighborhood_id IS NULL AND latitude BETWEEN 39.87 AND 40.14 AND longitude BETWEEN -75.28 AND -74.96`))[0].n === 0, 10_000, "sites placed");
  }, 120_000);
  afterAll(() => hub?.stop());

  it("1. active initiatives in the planning district with the most KEYSPOTs: real data only, unless asked", async () => {
    const [{ district }] = await hubSql<{ district: string }[]>(
      `SELECT planning_district_id AS district FROM catalog_place WHERE kind = 'KEYSPOT' AND NOT is_demo GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const question = `query($d: ID!, $demo: Boolean) { initiatives(filter: { statuses: [ACTIVE], planningDistrictId: $d, includeDemo: $demo }, first: 100) {
      totalCount includesDemo nodes { title isDemo sites { planningDistrict { id } } } } }`;
    const expected = (demo: boolean) =>
      hubSql<{ title: string }[]>(
        `SELECT DISTINCT i.title FROM catalog_initiative i JOIN catalog_site s ON s.initiative_id = i.id
          WHERE i.status = 'ACTIVE' AND s.planning_district_id = $1 AND ($2 OR NOT i.is_demo) ORDER BY 1`,
        [district, demo],
      );
    const real = (await ask(question, { d: district })).initiatives;
    expect(real.includesDemo).toBe(false);
    expect(real.nodes.map((n: any) => n.title).sort()).toEqual((await expected(false)).map((r) => r.title));
    expect(real.nodes.map((n: any) => n.title)).toContain("KEYSPOT public computer centres");
    for (const n of real.nodes) {
      expect(n.isDemo).toBe(false);
      expect(n.sites.some((s: any) => s.planningDistrict?.id === district)).toBe(true);
    }
    const withDemo = (await ask(question, { d: district, demo: true })).initiatives;
    expect(withDemo.nodes.map((n: any) => n.title).sort()).toEqual((await expected(true)).map((r) => r.title));
    expect(withDemo.includesDemo).toBe(withDemo.nodes.some((n: any) => n.isDemo));
  });

  it("2. neighborhoods with no KEYSPOT site and a low subscription share", async () => {
    const data = await ask(`{ neighborhoods { id name internetSubscriptionShare sites { kind } } }`);
    expect(data.neighborhoods).toHaveLength(159);
    const answer = data.neighborhoods
      .filter((n: any) => n.internetSubscriptionShare !== null && n.internetSubscriptionShare < 0.7 && !n.sites.some((s: any) => s.kind === "KEYSPOT"))
      .map((n: any) => n.id)
      .sort();
    const expected = (await hubSql<{ id: string }[]>(`
      SELECT n.id FROM neighborhood n
       WHERE NOT EXISTS (SELECT 1 FROM catalog_site s WHERE s.neighborhood_id = n.id AND s.kind = 'KEYSPOT')
         AND (SELECT sum(t.households * t.broadband_subscription_share) / nullif(sum(t.households), 0)
                FROM census_tract t WHERE t.neighborhood_id = n.id) < 0.7
       ORDER BY n.id`)).map((r) => r.id);
    expect(answer).toEqual(expected);
    expect(answer.length).toBeGreaterThan(0);
    const [{ keyspotHoods }] = await hubSql<{ keyspotHoods: number }[]>(`SELECT count(DISTINCT neighborhood_id)::int AS "keyspotHoods" FROM catalog_site WHERE kind = 'KEYSPOT'`);
    expect(keyspotHoods).toBeGreaterThanOrEqual(30);
  });

  it("3. library branches and recreation centres in the same neighborhood as a KEYSPOT of the network", async () => {
    const keyspots = await ask(`{ initiatives(filter: { departments: [IT], search: "KEYSPOT" }) { nodes { sites { kind neighborhood { id } } } } }`);
    const keyspotHoods = new Set<string>(
      keyspots.initiatives.nodes.flatMap((n: any) => n.sites.filter((s: any) => s.kind === "KEYSPOT" && s.neighborhood).map((s: any) => s.neighborhood.id)),
    );
    const hosts: { name: string; neighborhood: { id: string } | null }[] = [];
    for (let after: string | null = null; ; ) {
      const page: any = await ask(`query($after: String) { places(filter: { kinds: ["LIBRARY_BRANCH", "RECREATION_CENTER"] }, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { name neighborhood { id } } } }`, { after });
      hosts.push(...page.places.nodes);
      if (!page.places.pageInfo.hasNextPage) break;
      after = page.places.pageInfo.endCursor;
    }
    const answer = hosts.filter((p) => p.neighborhood && keyspotHoods.has(p.neighborhood.id)).map((p) => p.name);
    const expected = (await hubSql<{ name: string }[]>(`
      SELECT p.name FROM catalog_place p
       WHERE NOT p.is_demo AND p.kind IN ('LIBRARY_BRANCH', 'RECREATION_CENTER')
         AND p.neighborhood_id IN (SELECT s.neighborhood_id FROM catalog_site s JOIN catalog_initiative i ON i.id = s.initiative_id
                                    WHERE s.kind = 'KEYSPOT' AND NOT i.is_demo)`)).map((r) => r.name);
    expect(answer.sort()).toEqual(expected.sort());
    expect(answer.length).toBeGreaterThan(0);
  });

  it("4. departments serving immigrants in the same neighborhood in the same quarter", async () => {
    const data = await ask(`{ overlaps(audience: IMMIGRANTS, from: "2024-10-01", to: "2024-12-31", limit: 100, includeDemo: true) {
      first { department title } second { department title } neighborhood { id } sharedAudiences from to } }`);
    for (const pair of data.overlaps) {
      expect(pair.first.department).not.toBe(pair.second.department);
      expect(pair.sharedAudiences).toContain("IMMIGRANTS");
    }
    const [{ expected }] = await hubSql<{ expected: number }[]>(`
      SELECT count(*)::int AS expected FROM (
        SELECT DISTINCT a.id, b.id, sa.neighborhood_id
          FROM catalog_initiative a JOIN catalog_initiative b ON a.id < b.id AND a.department <> b.department
          JOIN catalog_site sa ON sa.initiative_id = a.id JOIN catalog_site sb ON sb.initiative_id = b.id AND sb.neighborhood_id = sa.neighborhood_id
         WHERE 'IMMIGRANTS' = ANY(a.audiences) AND 'IMMIGRANTS' = ANY(b.audiences)
           AND a.start_date <= '2024-12-31' AND (a.end_date IS NULL OR a.end_date >= '2024-10-01')
           AND b.start_date <= '2024-12-31' AND (b.end_date IS NULL OR b.end_date >= '2024-10-01')) pairs`);
    expect(data.overlaps).toHaveLength(expected);
  });

  it("5. people trained, by department: none from demo initiatives, unless asked", async () => {
    const question = `query($demo: Boolean) { outcomes(groupBy: DEPARTMENT, metric: PEOPLE_TRAINED, filter: { includeDemo: $demo }) { key value } }`;
    const expected = (demo: boolean) =>
      hubSql<{ key: string; value: number }[]>(
        `SELECT i.department AS key, sum(o.value)::int AS value FROM catalog_outcome o JOIN catalog_initiative i ON i.id = o.initiative_id
          WHERE o.metric = 'PEOPLE_TRAINED' AND ($1 OR NOT i.is_demo) GROUP BY i.department ORDER BY 1`,
        [demo],
      );
    const sorted = (rows: any[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
    expect(sorted((await ask(question)).outcomes)).toEqual(await expected(false));
    const withDemo = sorted((await ask(question, { demo: true })).outcomes);
    expect(withDemo).toEqual(await expected(true));
    expect(withDemo.length).toBeGreaterThan(0);
  });

  it("6. the KEYSPOT network with the City's 44 sites, each placed in a neighborhood", async () => {
    const data = await ask(`{ initiatives(filter: { departments: [IT], search: "KEYSPOT" }) { nodes { title sites { kind neighborhood { name } } } } }`);
    const network = data.initiatives.nodes.find((n: any) => n.sites.filter((s: any) => s.kind === "KEYSPOT").length >= 44);
    expect(network).toBeDefined();
    expect(network.sites.filter((s: any) => s.kind === "KEYSPOT").every((s: any) => s.neighborhood !== null)).toBe(true);
  });

  it("7. every open library branch of the City's list as a place, and the Logan branch in Logan", async () => {
    const data = await ask(`{ places(filter: { kinds: ["LIBRARY_BRANCH"], statuses: [OPEN] }) { totalCount includesDemo }
      place(id: "libraries:library_branch:52022") { name status isDemo sourceDataset neighborhood { name } } }`);
    const [{ open }] = await service("libraries").database.dataSource.query(`SELECT count(*)::int AS open FROM branch WHERE NOT closed AND NOT is_demo`);
    expect(data.places).toEqual({ totalCount: open, includesDemo: false });
    expect(open).toBe(54);
    expect(data.place).toEqual({ name: "Logan", status: "OPEN", isDemo: false, sourceDataset: "free_library_locations_2014.csv", neighborhood: { name: "Logan" } });
  });

  it("8. the DLA grants from the City's list, and who funds what", async () => {
    const data = await ask(`{ grantRounds { name grants { granteeName } }
      initiatives(filter: { funderSlug: "knight-foundation", includeDemo: true }) { includesDemo nodes { title department isDemo } } }`);
    const grants = data.grantRounds.flatMap((r: any) => r.grants);
    expect(grants.length).toBeGreaterThanOrEqual(31);
    // The Hot Spot labs are demo data (no file of them is imported), so only a question that asks for demo data sees them.
    expect(data.initiatives.nodes.map((n: any) => n.title)).toContain("Hot Spot community computer labs");
    expect(data.initiatives.includesDemo).toBe(true);
  });

  it("9. coverage gaps for seniors: ranked, with reasons", async () => {
    const data = await ask(`{ coverageGaps(audiences: [SENIORS], limit: 10) { neighborhood { name } score reasons } }`);
    expect(data.coverageGaps).toHaveLength(10);
    const scores = data.coverageGaps.map((g: any) => g.score);
    expect([...scores].sort((a: number, b: number) => b - a)).toEqual(scores);
    for (const gap of data.coverageGaps) expect(gap.reasons.length).toBeGreaterThan(0);
    // Every neighborhood, a page of 100 at a time.
    const pages = await ask(`{ first: coverageGaps(limit: 100) { neighborhood { id } } rest: coverageGaps(limit: 100, offset: 100) { neighborhood { id } } }`);
    const ids = [...pages.first, ...pages.rest].map((g: any) => g.neighborhood.id);
    expect(ids).toHaveLength(159);
    expect(new Set(ids).size).toBe(159);
  });

  it("10. a partner's work across departments", async () => {
    const data = await ask(`{ partner(slug: "seamaac") { name initiatives { department } } }`);
    expect(new Set(data.partner.initiatives.map((i: any) => i.department)).size).toBeGreaterThanOrEqual(2);
  });
});
