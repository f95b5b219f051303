import { basename, join } from "node:path";
import { type SubgraphService } from "@dlhub/subgraph-kit";
import { describeWithCityData, queryOk, waitFor } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { waitUntilInStep } from "./catalog-compare";
import { Locator, OUTSIDE } from "@dlhub/subgraph-kit/testing";
import { expectedKeyspotFields, expectedLibraryFields } from "./oracle/answers";
import { type OracleGap, type TractFigures, byText, coverageGapsOf, needOf, outcomesByDepartment, overlapsOf } from "./oracle/coordinator-answers";
import { type DepartmentsAnswer, readDepartments, searchDepartment } from "./oracle/departments";
import { readGrantList, readKeyspotList, readLibraryLocations, readNeighborhoods, readPlanningDistricts } from "@dlhub/subgraph-kit/testing";
import { REAL_DATA, REAL_FILES, importInto, testIndicator, writeTestIndicators } from "./real-data-import";
import { type TestHub, startTestHub } from "./start-test-hub";

const describeIfData = describeWithCityData(REAL_DATA);
const cityFile = (kind: string) => join(REAL_DATA, (REAL_FILES.find(([k]) => k === kind) as [string, string])[1]);

/** Floats as both sides compute them in a different order: equal to nine decimals. */
const close = (value: number | null) => (value === null ? null : Number(value.toFixed(9)));
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => byText(a.id, b.id));

/**
 * The coordinator's questions, through the gateway, over the City's real boundaries, KEYSPOT
 * sites, library branches and DLA grants (imported as `npm run import` does) beside the demo data.
 * Every expected answer is worked out without the hub: from the City's raw files, the departments'
 * own rows, and a point-in-polygon over the raw boundaries (./oracle), by the rule the hub's
 * description of each question states. Each compares the whole answer, and the data makes each
 * answer non-empty, which the test requires.
 */
describeIfData("the coordinator's questions over the City's real data", () => {
  let hub: TestHub;
  let locator: Locator;
  let departments: DepartmentsAnswer;
  let tracts: TractFigures[];
  let neighborhoodNames: string[];
  const service = (name: string) => hub.subgraphs.find((s) => s.name === name) as SubgraphService;
  const hubSql = <T>(sql: string, params: unknown[] = []) => service("hub").database.dataSource.query(sql, params) as Promise<T>;
  const ask = <T = any>(query: string, variables: Record<string, unknown> = {}) => queryOk<T>(hub.gatewayUrl, query, variables);

  /**
   * Neither the City's files nor the demo data hold two departments serving immigrants in one
   * neighborhood at once, nor a pair that only the shared-period rule tells apart. Library classes
   * written as an editor would give question 4 both: the demo "Digital skills in your language"
   * meets in the neighborhood of Commerce's clinic for immigrant-owned businesses while the clinic
   * runs, and a (demo) conversation circle that ended before the clinic began meets there too.
   */
  async function addImmigrantClasses(before: DepartmentsAnswer): Promise<void> {
    const clinic = before.initiatives.find((i) => i.source === "commerce" && i.audiences.includes("IMMIGRANTS") && i.sites.some((s) => s.neighborhood !== OUTSIDE))!;
    const branch = before.places.find((p) => p.kind === "LIBRARY_BRANCH" && clinic.sites.some((s) => s.neighborhood === p.neighborhood));
    expect(branch).toBeDefined();
    expect(clinic.startDate > "2023-06-30").toBe(true);
    const libraries = service("libraries").database.dataSource;
    const [circle] = await libraries.query(`INSERT INTO initiative (slug, title, summary, kind, status, audiences, languages, pillars, start_date, end_date, is_demo)
      VALUES ('conversation-circle-2023', 'English conversation circle (2023)', 'Practice English together. (DL Hub test data)', 'CLASS_SERIES', 'ENDED',
              '{IMMIGRANTS,LIMITED_ENGLISH}', '{EN,ES}', '{SKILLS}', '2023-01-09', '2023-06-30', true) RETURNING id`);
    await libraries.query(
      `INSERT INTO computer_class (slug, initiative_id, branch_code, title, level, language, seats)
       SELECT 'test-' || slug, id, $1, title, 'BEGINNER', 'ES', 8 FROM initiative WHERE id = $2 OR title = 'Digital skills in your language'`,
      [branch!.id.split(":")[2], circle.id],
    );
  }

  beforeAll(async () => {
    hub = await startTestHub();
    for (const [kind, file] of REAL_FILES) await importInto(hub.subgraphs, kind, join(REAL_DATA, file));
    const geoids = (await hubSql<{ geoid: string }[]>(`SELECT geoid FROM census_tract ORDER BY geoid`)).map((t) => t.geoid);
    await importInto(hub.subgraphs, "tract-indicators", writeTestIndicators(geoids));
    const neighborhoods = readNeighborhoods(cityFile("neighborhoods"));
    neighborhoodNames = neighborhoods.map((n) => n.name);
    locator = new Locator({ planningDistricts: readPlanningDistricts(cityFile("planning-districts")), neighborhoods });
    const departmentServices = hub.subgraphs.filter((s) => s.name !== "hub");
    await addImmigrantClasses(await readDepartments(departmentServices, locator));
    // The imports change sites and places: wait until the hub has applied every department's whole change log.
    await waitFor(() => feedsCaughtUp(hub), "the hub to apply every department's changes", { timeoutMs: 60_000 });
    for (const department of departmentServices) await waitUntilInStep(service("hub").database.dataSource, department, 30_000);
    // Every site with coordinates inside the City is placed once the real boundaries are in.
    await waitFor(
      async () => (await hubSql<{ n: number }[]>(`SELECT count(*)::int AS n FROM catalog_site WHERE latitude IS NOT NULL AND neighborhood_id IS NULL AND latitude BETWEEN 39.87 AND 40.14 AND longitude BETWEEN -75.28 AND -74.96`))[0].n === 0,
      "sites placed",
    );

    departments = await readDepartments(departmentServices, locator);
    // A tract belongs where its point lies (the hub stores the point it chose inside the tract);
    // its figures are the test's own.
    const points = await hubSql<{ geoid: string; longitude: number; latitude: number }[]>(`SELECT geoid, longitude, latitude FROM census_tract`);
    tracts = points.map((t) => ({ neighborhood: locator.locate(`tract ${t.geoid}`, t.longitude, t.latitude).neighborhood, ...testIndicator(t.geoid) }));
    expect(points).toHaveLength(384);
  }, 180_000);
  afterAll(() => hub?.stop());

  it("places every site, place and tract of the oracle in one area only", () => {
    expect(locator.ambiguous).toEqual([]);
  });

  it("1. active initiatives in the planning district with the most KEYSPOTs: real data only, unless asked", async () => {
    const perDistrict = new Map<string, number>();
    for (const k of readKeyspotList(cityFile("keyspots"))) {
      const { district } = locator.locate(`KEYSPOT ${k.organization}`, k.longitude, k.latitude);
      if (district !== OUTSIDE) perDistrict.set(district, (perDistrict.get(district) ?? 0) + 1);
    }
    const [[districtName]] = [...perDistrict].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
    const { planningDistricts } = await ask(`{ planningDistricts { id name } }`);
    const district = planningDistricts.find((d: any) => d.name === districtName).id;

    const question = `query($d: ID!, $demo: Boolean) { initiatives(filter: { statuses: [ACTIVE], planningDistrictId: $d, includeDemo: $demo }, first: 100) {
      totalCount includesDemo nodes { id title isDemo } } }`;
    const expected = (demo: boolean) =>
      byId(departments.initiatives.filter((i) => i.status === "ACTIVE" && (demo || !i.isDemo) && i.sites.some((s) => s.district === districtName)))
        .map(({ id, title, isDemo }) => ({ id, title, isDemo }));
    const real = (await ask(question, { d: district })).initiatives;
    expect({ includesDemo: real.includesDemo, totalCount: real.totalCount, nodes: byId(real.nodes) }).toEqual({
      includesDemo: false,
      totalCount: expected(false).length,
      nodes: expected(false),
    });
    expect(real.nodes.map((n: any) => n.title)).toContain("KEYSPOT public computer centres");
    const withDemo = (await ask(question, { d: district, demo: true })).initiatives;
    expect({ totalCount: withDemo.totalCount, nodes: byId(withDemo.nodes) }).toEqual({ totalCount: expected(true).length, nodes: expected(true) });
    expect(withDemo.includesDemo).toBe(withDemo.nodes.some((n: any) => n.isDemo));
  });

  it("2. neighborhoods with no KEYSPOT site and a low subscription share", async () => {
    const data = await ask(`{ neighborhoods { name internetSubscriptionShare sites { kind } } }`);
    const got = data.neighborhoods.map((n: any) => ({ name: n.name, share: close(n.internetSubscriptionShare), keyspot: n.sites.some((s: any) => s.kind === "KEYSPOT") }));
    const keyspotHoods = new Set(departments.initiatives.filter((i) => !i.isDemo).flatMap((i) => i.sites.filter((s) => s.kind === "KEYSPOT").map((s) => s.neighborhood)));
    const expected = neighborhoodNames.map((name) => ({ name, share: close(needOf(name, tracts).share), keyspot: keyspotHoods.has(name) }));
    const sorted = (rows: { name: string }[]) => [...rows].sort((a, b) => byText(a.name, b.name));
    // Every neighborhood's figures, then the question's answer.
    expect(sorted(got)).toEqual(sorted(expected));
    const answer = (rows: typeof expected) => sorted(rows.filter((n) => n.share !== null && n.share < 0.7 && !n.keyspot)).map((n) => n.name);
    expect(answer(got)).toEqual(answer(expected));
    expect(answer(expected).length).toBeGreaterThan(0);
  });

  it("3. library branches and recreation centres in the same neighborhood as a KEYSPOT of the network", async () => {
    const keyspots = await ask(`{ initiatives(filter: { departments: [IT], search: "KEYSPOT" }) { nodes { sites { kind neighborhood { name } } } } }`);
    const keyspotHoods = new Set<string>(
      keyspots.initiatives.nodes.flatMap((n: any) => n.sites.filter((s: any) => s.kind === "KEYSPOT" && s.neighborhood).map((s: any) => s.neighborhood.name)),
    );
    const hosts: { id: string; name: string; neighborhood: { name: string } | null }[] = [];
    for (let after: string | null = null; ; ) {
      const page: any = await ask(`query($after: String) { places(filter: { kinds: ["LIBRARY_BRANCH", "RECREATION_CENTER"] }, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { id name neighborhood { name } } } }`, { after });
      hosts.push(...page.places.nodes);
      if (!page.places.pageInfo.hasNextPage) break;
      after = page.places.pageInfo.endCursor;
    }
    const answer = byId(hosts.filter((p) => p.neighborhood && keyspotHoods.has(p.neighborhood.name)).map(({ id, name }) => ({ id, name })));

    const network = await searchDepartment(service("it"), "KEYSPOT");
    const oracleHoods = new Set(
      departments.initiatives
        .filter((i) => i.source === "it" && !i.isDemo && network.has(i.id))
        .flatMap((i) => i.sites.filter((s) => s.kind === "KEYSPOT" && s.neighborhood !== OUTSIDE).map((s) => s.neighborhood)),
    );
    const expected = byId(
      departments.places
        .filter((p) => !p.isDemo && ["LIBRARY_BRANCH", "RECREATION_CENTER"].includes(p.kind) && oracleHoods.has(p.neighborhood))
        .map(({ id, name }) => ({ id, name })),
    );
    expect(answer).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("4. departments serving immigrants in the same neighborhood in the same quarter", async () => {
    const data = await ask(`{ overlaps(audience: IMMIGRANTS, from: "2024-10-01", to: "2024-12-31", limit: 100, includeDemo: true) {
      first { id } second { id } neighborhood { name } sharedAudiences from to } }`);
    const got = data.overlaps.map((o: any) => ({ first: o.first.id, second: o.second.id, neighborhood: o.neighborhood.name, sharedAudiences: o.sharedAudiences, from: o.from, to: o.to }));
    const expected = overlapsOf(departments, { audience: "IMMIGRANTS", from: "2024-10-01", to: "2024-12-31", includeDemo: true });
    expect(expected.length).toBeLessThanOrEqual(100);
    expect(got).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("4b. every pair of departments serving a shared audience in one neighborhood at once, ended ones apart", async () => {
    const data = await ask(`{ overlaps(limit: 100, includeDemo: true) { first { id } second { id } neighborhood { name } sharedAudiences from to } }`);
    const got = data.overlaps.map((o: any) => ({ first: o.first.id, second: o.second.id, neighborhood: o.neighborhood.name, sharedAudiences: o.sharedAudiences, from: o.from, to: o.to }));
    const expected = overlapsOf(departments, { audience: null, from: null, to: null, includeDemo: true });
    expect(expected.length).toBeLessThanOrEqual(100);
    expect(got).toEqual(expected);
    // The conversation circle shares a neighborhood and an audience with the clinic, not a period.
    const circle = departments.initiatives.find((i) => i.title === "English conversation circle (2023)")!;
    expect(expected.filter((o) => o.first === circle.id || o.second === circle.id)).toEqual([]);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("5. people trained, by department: none from demo initiatives, unless asked", async () => {
    const question = `query($demo: Boolean) { outcomes(groupBy: DEPARTMENT, metric: PEOPLE_TRAINED, filter: { includeDemo: $demo }) { key value initiatives } }`;
    expect((await ask(question)).outcomes).toEqual(outcomesByDepartment(departments, "PEOPLE_TRAINED", false));
    const withDemo = outcomesByDepartment(departments, "PEOPLE_TRAINED", true);
    expect((await ask(question, { demo: true })).outcomes).toEqual(withDemo);
    expect(withDemo.length).toBeGreaterThan(0);
  });

  it("6. the KEYSPOT network with the City's 44 sites, each placed in a neighborhood", async () => {
    const data = await ask(`{ initiatives(filter: { departments: [IT], search: "KEYSPOT" }) { nodes { id title sites { id kind name neighborhood { name } } } } }`);
    const got = byId(data.initiatives.nodes.map((n: any) => ({ ...n, sites: byId(n.sites.map((s: any) => ({ ...s, neighborhood: s.neighborhood?.name ?? OUTSIDE }))) })));
    const network = await searchDepartment(service("it"), "KEYSPOT");
    const expected = byId(
      departments.initiatives
        .filter((i) => i.source === "it" && !i.isDemo && network.has(i.id))
        .map((i) => ({ id: i.id, title: i.title, sites: byId(i.sites.map(({ id, kind, name, neighborhood }) => ({ id, kind, name, neighborhood }))) })),
    );
    expect(got).toEqual(expected);

    // The network's KEYSPOTs are the City's list, each in the neighborhood its point lies in.
    const file = basename(cityFile("keyspots"));
    const city = readKeyspotList(cityFile("keyspots")).map((row) => [expectedKeyspotFields(row, file).name, locator.locate(row.organization, row.longitude, row.latitude).neighborhood]);
    const keyspotsOf = (initiative: { sites: { kind: string; name: string; neighborhood: string }[] }) =>
      initiative.sites.filter((s) => s.kind === "KEYSPOT").map((s) => [s.name, s.neighborhood]);
    const networkSites: any = got.find((n: any) => n.title === "KEYSPOT public computer centres");
    expect(keyspotsOf(networkSites).sort()).toEqual(city.sort());
    expect(city).toHaveLength(44);
    expect(city.filter(([, neighborhood]) => neighborhood === OUTSIDE)).toEqual([]);
  });

  it("7. every open library branch of the City's list as a place, and the Logan branch in Logan", async () => {
    const data = await ask(`{ places(filter: { kinds: ["LIBRARY_BRANCH"], statuses: [OPEN] }) { totalCount includesDemo }
      place(id: "libraries:library_branch:52022") { name status isDemo sourceDataset neighborhood { name } } }`);
    const rows = readLibraryLocations(cityFile("library-branches"));
    expect(data.places).toEqual({ totalCount: rows.filter((r) => !r.closed).length, includesDemo: false });
    expect(data.places.totalCount).toBe(54);
    const logan = rows.find((r) => r.code === "52022")!;
    const fields = expectedLibraryFields(logan, basename(cityFile("library-branches")));
    expect(data.place).toEqual({
      name: fields.name,
      status: fields.status,
      isDemo: false,
      sourceDataset: fields.sourceDataset,
      neighborhood: { name: locator.locate("Logan branch", logan.longitude, logan.latitude).neighborhood },
    });
    expect(data.place.neighborhood.name).toBe("Logan");
  });

  it("8. the DLA grants from the City's list, and who funds what", async () => {
    const data = await ask(`{ grantRounds { name grants { granteeName } }
      initiatives(filter: { funderSlug: "knight-foundation", includeDemo: true }, first: 100) { includesDemo nodes { id title department isDemo } } }`);
    const file = readGrantList(cityFile("grants"));
    const rounds = [...new Set(file.map((g) => g.round))];
    const granteesOf = (round: string) => file.filter((g) => g.round === round && g.organization !== null).map((g) => g.organization as string).sort(byText);
    const got = data.grantRounds
      .filter((r: any) => rounds.includes(r.name))
      .map((r: any) => ({ round: r.name, grantees: r.grants.map((g: any) => g.granteeName).sort(byText) }))
      .sort((a: any, b: any) => byText(a.round, b.round));
    expect(got).toEqual(rounds.sort(byText).map((round) => ({ round, grantees: granteesOf(round) })));
    expect(file.filter((g) => g.organization !== null).length).toBeGreaterThanOrEqual(31);

    const funded = byId(
      departments.initiatives
        .filter((i) => i.partners.some((p) => p.role === "FUNDER" && p.partnerSlug === "knight-foundation"))
        .map(({ id, title, department, isDemo }) => ({ id, title, department, isDemo })),
    );
    expect(byId(data.initiatives.nodes)).toEqual(funded);
    // The Hot Spot labs are demo data (no file of them is imported), so only a question that asks for demo data sees them.
    expect(funded.map((i) => i.title)).toContain("Hot Spot community computer labs");
    expect(data.initiatives.includesDemo).toBe(funded.some((i) => i.isDemo));
  });

  it("9. coverage gaps for seniors, and every neighborhood ranked, with their figures", async () => {
    const fields = `neighborhood { name } needHouseholds sites keyspotSites workstations weeklyOpenHours initiativesForAudiences score reasons`;
    const comparable = (gaps: any[]) => gaps.map(({ neighborhood, reasons: _reasons, score, ...figures }) => ({ neighborhood: neighborhood.name, ...figures, score: close(score) }));
    const oracle = (audiences: string[]) => coverageGapsOf(departments, neighborhoodNames, tracts, { audiences, includeDemo: false }).map((g: OracleGap) => ({ ...g, score: close(g.score) }));

    const seniors = await ask(`{ coverageGaps(audiences: [SENIORS], limit: 10) { ${fields} } }`);
    expect(comparable(seniors.coverageGaps)).toEqual(oracle(["SENIORS"]).slice(0, 10));
    for (const gap of seniors.coverageGaps) expect(gap.reasons.length).toBeGreaterThan(0);

    // Every neighborhood, a page of 100 at a time.
    const pages = await ask(`{ first: coverageGaps(limit: 100) { ${fields} } rest: coverageGaps(limit: 100, offset: 100) { ${fields} } }`);
    const all = oracle([]);
    expect(comparable([...pages.first, ...pages.rest])).toEqual(all);
    expect(all).toHaveLength(159);
    expect(all.filter((g) => g.initiativesForAudiences > 0).length).toBeGreaterThan(0);
  });

  it("10. a partner's work across departments", async () => {
    const data = await ask(`{ partner(slug: "seamaac") { name initiatives { id title department } } }`);
    const expected = departments.initiatives
      .filter((i) => i.partners.some((p) => p.partnerSlug === "seamaac"))
      .map(({ id, title, department }) => ({ id, title, department }))
      .sort((a, b) => a.title.localeCompare(b.title));
    expect(data.partner.initiatives).toEqual(expected);
    expect(new Set(expected.map((i) => i.department)).size).toBeGreaterThanOrEqual(2);
  });
});
