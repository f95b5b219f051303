import { countStatements, postGraphql, queryOk, startTestSubgraph, statementsOf, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { commerce } from "@dlhub/commerce";

interface Initiative {
  slug: string;
  sites: { id: string; kind: string; address: string | null }[];
  cohorts: { name: string; corridor: { id: string } | null; businesses: { businessName: string; completed: boolean }[] }[];
  workforceGrants: { granteeSlug: string; amountUsd: number; fiscalYear: string }[];
  [field: string]: unknown;
}

describe("the Department of Commerce subgraph", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(commerce);
  });
  afterAll(() => subgraph?.stop());

  it("serves its initiatives with the contract fields, cohorts, businesses, grants and corridor sites", async () => {
    const data = await queryOk<{ commerceInitiatives: { totalCount: number; nodes: Initiative[] } }>(
      subgraph.url,
      `{ commerceInitiatives { totalCount nodes {
          slug title summary departmentId department kind status audiences languages startDate
          partners { partnerSlug role } outcomes { metric value }
          sites { id kind name address latitude longitude }
          cohorts { name language businessesEnrolled businessesCompleted corridor { id } businesses { businessName industry ownerLanguage completed } }
          workforceGrants { granteeSlug amountUsd fiscalYear initiative { slug } }
      } } }`,
    );
    expect(data.commerceInitiatives.totalCount).toBe(5);
    for (const node of data.commerceInitiatives.nodes) expect(node.summary).toMatch(/\(DL Hub demo data\)$/);

    const powerUp = data.commerceInitiatives.nodes.find((n) => n.slug === "power-up-your-business");
    expect(powerUp).toMatchObject({ departmentId: "commerce", department: "COMMERCE", kind: "BUSINESS_TRAINING", startDate: "2017-01-09" });
    expect(powerUp?.partners).toEqual([{ partnerSlug: "community-college-of-philadelphia", role: "DELIVERY" }]);
    expect(powerUp?.outcomes).toEqual(expect.arrayContaining([{ metric: "BUSINESSES_SERVED", value: 42 }]));
    expect(powerUp?.sites.map((s) => s.id).sort()).toEqual([
      "commerce:commercial_corridor:demo-52nd-st-west-philadelphia",
      "commerce:commercial_corridor:demo-germantown-ave-chelten",
    ]);
    expect(powerUp?.sites[0]).toMatchObject({ kind: "COMMERCIAL_CORRIDOR", address: expect.stringContaining("St") });
    expect(powerUp?.cohorts.map((c) => c.businesses.length)).toEqual([3, 2]);

    // The online cohort has no corridor and so adds no site: three cohorts, two corridors.
    const clinic = data.commerceInitiatives.nodes.find((n) => n.slug === "multilingual-online-presence-clinic");
    expect(clinic?.cohorts).toHaveLength(3);
    expect(clinic?.cohorts.filter((c) => c.corridor === null)).toHaveLength(1);
    expect(clinic?.sites).toHaveLength(2);
    expect(clinic?.workforceGrants).toEqual([{ granteeSlug: "welcoming-center", amountUsd: 60000, fiscalYear: "FY2025", initiative: { slug: clinic?.slug } }]);
  });

  it("serves corridors with their cohorts, and null for an unknown corridor or initiative", async () => {
    const data = await queryOk<any>(
      subgraph.url,
      `{ commercialCorridors { id councilDistrict storefrontCount cohorts { name } }
         corridor: commercialCorridor(id: "demo-n-5th-st-el-centro-de-oro") { name latitude longitude cohorts { language businesses { ownerLanguage cohort { name } } } }
         missing: commercialCorridor(id: "no-such-corridor") { name }
         notAnId: commerceInitiative(id: "not-a-uuid") { slug } }`,
    );
    expect(data.commercialCorridors).toHaveLength(6);
    expect(data.commercialCorridors.every((c: { councilDistrict: number }) => c.councilDistrict >= 1 && c.councilDistrict <= 10)).toBe(true);
    expect(data.corridor).toMatchObject({ name: "N 5th St (El Centro de Oro)", latitude: 39.9945, longitude: -75.1392 });
    expect(data.corridor.cohorts[0].language).toBe("ES");
    expect(data.corridor.cohorts[0].businesses).toHaveLength(3);
    expect(data.missing).toBeNull();
    expect(data.notAnId).toBeNull();
  });

  it("refuses an oversized page with BAD_USER_INPUT", async () => {
    const body = await postGraphql(subgraph.url, "{ commerceInitiatives(first: 5000) { totalCount } }");
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("resolves corridor references in one statement however many are asked for", async () => {
    const ids = ["demo-germantown-ave-chelten", "demo-castor-ave-oxford-circle", "demo-east-passyunk-ave", "nope"];
    const { answer: data, statements } = await countStatements(statementsOf(subgraph), () =>
      queryOk<any>(
        subgraph.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on CommercialCorridor { name } } }`,
        { r: ids.map((id) => ({ __typename: "CommercialCorridor", id })) },
      ),
    );
    expect(statements).toBe(1);
    expect(data._entities.map((e: { name: string } | null) => e?.name ?? null)).toEqual([
      "Germantown Ave at Chelten",
      "Castor Ave (Oxford Circle)",
      "East Passyunk Ave",
      null,
    ]);
  });

  it("seeds idempotently", async () => {
    await commerce.seed?.(subgraph.service.database.dataSource);
    const [counts] = await subgraph.service.database.dataSource.query(`
      SELECT (SELECT count(*) FROM initiative)::int AS initiatives, (SELECT count(*) FROM commercial_corridor)::int AS corridors,
             (SELECT count(*) FROM business_cohort)::int AS cohorts, (SELECT count(*) FROM business_served)::int AS businesses,
             (SELECT count(*) FROM workforce_grant)::int AS grants, (SELECT count(*) FROM initiative_outcome)::int AS outcomes`);
    expect(counts).toEqual({ initiatives: 5, corridors: 6, cohorts: 7, businesses: 16, grants: 3, outcomes: 11 });
  });
});
