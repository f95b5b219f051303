import { existsSync } from "node:fs";
import { join } from "node:path";
import { type SubgraphService } from "@dlhub/subgraph-kit";
import { queryOk } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { catalogState, departmentState, waitFor } from "./catalog-compare";
import { REAL_DATA, REAL_FILES, importInto, writeTestIndicators } from "./real-data-import";
import { type TestHub, startTestHub } from "./start-test-hub";

const describeIfData = existsSync(REAL_DATA) ? describe : describe.skip;

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

  it("1. active initiatives for seniors offered in Spanish in the Logan library's planning district", async () => {
    const [{ district }] = await hubSql<{ district: string }[]>(`SELECT planning_district_id AS district FROM catalog_site WHERE site_id = 'libraries:library_branch:52022' LIMIT 1`);
    const data = await ask(`query($d: ID!) { initiatives(filter: { audiences: [SENIORS], languages: [ES], statuses: [ACTIVE], planningDistrictId: $d }) {
      totalCount nodes { title department audiences languages status sites { planningDistrict { id } } } } }`, { d: district });
    const titles = data.initiatives.nodes.map((n: any) => n.title);
    expect(titles).toEqual(expect.arrayContaining(["Computer Basics classes", "Public computers and Wi-Fi at every branch"]));
    for (const n of data.initiatives.nodes) {
      expect(n.audiences).toContain("SENIORS");
      expect(n.languages).toContain("ES");
      expect(n.sites.some((s: any) => s.planningDistrict?.id === district)).toBe(true);
    }
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

  it("3. library branches and recreation centres in the same neighborhood as a DLA grantee's initiative", async () => {
    const data = await ask(`{ initiatives(filter: { partnerSlug: "seamaac" }) { nodes { title sites { neighborhood { id sites { kind name } } } } } }`);
    const answer = new Set<string>();
    for (const initiative of data.initiatives.nodes) {
      for (const site of initiative.sites) {
        for (const other of site.neighborhood?.sites ?? []) {
          if (other.kind === "LIBRARY_BRANCH" || other.kind === "RECREATION_CENTER") answer.add(other.name);
        }
      }
    }
    const expected = (await hubSql<{ name: string }[]>(`
      SELECT DISTINCT other.name FROM catalog_partner p
        JOIN catalog_site mine ON mine.initiative_id = p.initiative_id
        JOIN catalog_site other ON other.neighborhood_id = mine.neighborhood_id
       WHERE p.partner_slug = 'seamaac' AND other.kind IN ('LIBRARY_BRANCH', 'RECREATION_CENTER')`)).map((r) => r.name);
    expect([...answer].sort()).toEqual(expected.sort());
    expect(answer.has("Whitman")).toBe(true);
  });

  it("4. departments serving immigrants in the same neighborhood in the same quarter", async () => {
    const data = await ask(`{ overlaps(audience: IMMIGRANTS, from: "2024-10-01", to: "2024-12-31", limit: 100) {
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

  it("5. people trained, by department, as the catalog's outcomes add up", async () => {
    const data = await ask(`{ outcomes(groupBy: DEPARTMENT, metric: PEOPLE_TRAINED) { key value } }`);
    const expected = await hubSql<{ key: string; value: number }[]>(`
      SELECT i.department AS key, sum(o.value)::int AS value FROM catalog_outcome o JOIN catalog_initiative i ON i.id = o.initiative_id
       WHERE o.metric = 'PEOPLE_TRAINED' GROUP BY i.department ORDER BY 1`);
    const answer = [...data.outcomes].sort((a: any, b: any) => a.key.localeCompare(b.key));
    expect(answer).toEqual(expected);
  });

  it("6. the KEYSPOT network with the City's 44 sites, each placed in a neighborhood", async () => {
    const data = await ask(`{ initiatives(filter: { departments: [IT], search: "KEYSPOT" }) { nodes { title sites { kind neighborhood { name } } } } }`);
    const network = data.initiatives.nodes.find((n: any) => n.sites.filter((s: any) => s.kind === "KEYSPOT").length >= 44);
    expect(network).toBeDefined();
    expect(network.sites.filter((s: any) => s.kind === "KEYSPOT").every((s: any) => s.neighborhood !== null)).toBe(true);
  });

  it("7. every open library branch of the City's list as a site, and the Logan branch in Logan", async () => {
    const data = await ask(`{ initiatives(filter: { departments: [LIBRARIES], search: "every branch" }) { nodes { sites { id name neighborhood { name } planningDistrict { name } } } } }`);
    const sites = data.initiatives.nodes[0].sites;
    const [{ open }] = await service("libraries").database.dataSource.query(`SELECT count(*)::int AS open FROM branch WHERE NOT closed`);
    expect(sites).toHaveLength(open);
    expect(open).toBeGreaterThanOrEqual(54);
    expect(sites.find((s: any) => s.id === "libraries:library_branch:52022").neighborhood.name).toBe("Logan");
  });

  it("8. the DLA grants from the City's list, and who funds what", async () => {
    const data = await ask(`{ grantRounds { name grants { granteeName } }
      initiatives(filter: { funderSlug: "knight-foundation" }) { nodes { title department } } }`);
    const grants = data.grantRounds.flatMap((r: any) => r.grants);
    expect(grants.length).toBeGreaterThanOrEqual(31);
    expect(data.initiatives.nodes.map((n: any) => n.title)).toContain("Hot Spot community computer labs");
  });

  it("9. coverage gaps for seniors: ranked, with reasons", async () => {
    const data = await ask(`{ coverageGaps(audiences: [SENIORS], limit: 10) { neighborhood { name } score reasons } }`);
    expect(data.coverageGaps).toHaveLength(10);
    const scores = data.coverageGaps.map((g: any) => g.score);
    expect([...scores].sort((a: number, b: number) => b - a)).toEqual(scores);
    for (const gap of data.coverageGaps) expect(gap.reasons.length).toBeGreaterThan(0);
  });

  it("10. a partner's work across departments", async () => {
    const data = await ask(`{ partner(slug: "seamaac") { name initiatives { department } } }`);
    expect(new Set(data.partner.initiatives.map((i: any) => i.department)).size).toBeGreaterThanOrEqual(2);
  });
});
