import { itDepartment } from "@dlhub/it";
import { countStatements, postGraphql, queryOk, startTestSubgraph, statementsOf, type TestSubgraph } from "@dlhub/subgraph-kit/testing";

// The department is exported as `it` (its subgraph name); here it is `itDepartment` so jest's `it` stays usable.

type Row = Record<string, any>;

describe("the Office of Innovation and Technology subgraph", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(itDepartment);
  });
  afterAll(() => subgraph?.stop());

  it("serves its initiatives with the contract fields and every detail list, in a fixed number of statements", async () => {
    const { answer: data, statements } = await countStatements(statementsOf(subgraph), () =>
      queryOk<{ itInitiatives: { totalCount: number; nodes: Row[] } }>(
        subgraph.url,
        `{ itInitiatives(first: 10) { totalCount nodes {
          slug title summary departmentId department kind status audiences languages pillars startDate endDate
          partners { partnerSlug role } outcomes { metric value periodStart }
          sites { id kind name address }
          keyspotSites { slug hostKind workstations weeklyOpenHours }
          grants { granteePartnerSlug amountUsd round { slug focus } initiative { slug } }
          navigatorPrograms { providerPartnerSlug phoneLine languages }
          deviceDistributions { heldOn locationName devicesDistributed partnerSlug }
          pitchAndPilotChallenges { title launchedOn maxAwardPerPilotUsd }
        } } }`,
      ),
    );
    // list + count, then one each: sites, partners, outcomes, the five detail lists, grant rounds,
    // and the grants' initiatives. Twelve; statements.int.test.ts shows they stay twelve as rows grow.
    expect(statements).toBe(12);

    const { totalCount, nodes } = data.itInitiatives;
    expect(totalCount).toBe(6);
    expect(nodes.every((n) => n.departmentId === "it" && n.department === "IT" && n.summary.endsWith("(DL Hub demo data)"))).toBe(true);
    const bySlug = new Map(nodes.map((n) => [n.slug, n]));

    const keyspots = bySlug.get("keyspot-network");
    expect(keyspots).toMatchObject({ kind: "OPEN_LAB", status: "ACTIVE", pillars: ["ACCESS", "SKILLS"] });
    expect(keyspots?.keyspotSites).toHaveLength(10);
    expect(keyspots?.sites).toHaveLength(10);
    expect(keyspots?.sites.every((s: Row) => s.kind === "KEYSPOT" && s.id.startsWith("it:keyspot:"))).toBe(true);

    const grants = bySlug.get("digital-literacy-alliance-grants");
    expect(grants?.kind).toBe("GRANT_PROGRAM");
    expect(grants?.grants).toHaveLength(6);
    expect(grants?.grants.every((g: Row) => g.initiative.slug === "digital-literacy-alliance-grants")).toBe(true);

    expect(bySlug.get("digital-navigators")?.languages).toEqual(["EN", "ES", "ZH", "VI", "AR"]);
    expect(bySlug.get("digital-navigators")?.navigatorPrograms).toHaveLength(2);

    expect(bySlug.get("phlconnected")).toMatchObject({
      kind: "CONNECTIVITY_PROGRAM",
      status: "ENDED",
      audiences: ["K12_FAMILIES"],
      startDate: "2020-08-01",
      endDate: "2023-07-31",
      outcomes: [{ metric: "CONNECTIONS_ENROLLED", value: 21000, periodStart: "2020-08-01" }],
    });

    const devices = bySlug.get("pcs-for-people-device-distribution");
    expect(devices?.outcomes).toEqual([{ metric: "DEVICES_DISTRIBUTED", value: 900, periodStart: "2024-01-01" }]);
    expect(devices?.deviceDistributions.reduce((sum: number, e: Row) => sum + e.devicesDistributed, 0)).toBe(900);
    expect(devices?.sites.map((s: Row) => s.id)).toContain("it:partner_site:demo-happy-hollow-recreation-center");
    expect(devices?.sites.every((s: Row) => s.kind === "PARTNER_SITE")).toBe(true);

    expect(bySlug.get("pitch-and-pilot")?.pitchAndPilotChallenges[0]).toEqual({
      title: "Zero-waste technology",
      launchedOn: "2019-12-16",
      maxAwardPerPilotUsd: 34000,
    });
  });

  it("lists grant rounds with their grants", async () => {
    const data = await queryOk<{ grantRounds: Row[] }>(
      subgraph.url,
      `{ grantRounds { slug year focus totalAmountUsd grants { granteeName amountUsd round { slug } } } }`,
    );
    expect(data.grantRounds.map((r) => [r.slug, r.year])).toEqual([["demo-2019-census", 2019], ["demo-winter-2020-immigrant-lep", 2021]]);
    const census = data.grantRounds[0];
    expect(census.focus).toBe("2020 Census / Philly Counts");
    expect(census.grants).toHaveLength(3);
    expect(census.grants.every((g: Row) => g.round.slug === "demo-2019-census" && g.amountUsd >= 13000 && g.amountUsd <= 40000)).toBe(true);
  });

  it("answers a KEYSPOT's host as a bare reference, for the gateway to complete", async () => {
    const { answer: data, statements } = await countStatements(statementsOf(subgraph), () =>
      queryOk<{ keyspotSites: Row[] }>(
        subgraph.url,
        `{ keyspotSites { slug hostKind hostPartnerSlug hostBranch { code } hostRecreationCenter { assetId } } }`,
      ),
    );
    // The hosts cost nothing: the one statement is the list itself.
    expect(statements).toBe(1);
    const bySlug = new Map(data.keyspotSites.map((s) => [s.slug, s]));
    expect(bySlug.get("demo-logan-library")).toEqual({
      slug: "demo-logan-library",
      hostKind: "LIBRARY_BRANCH",
      hostPartnerSlug: null,
      hostBranch: { code: "demo-52022" },
      hostRecreationCenter: null,
    });
    expect(bySlug.get("demo-happy-hollow")).toMatchObject({ hostKind: "RECREATION_CENTER", hostBranch: null, hostRecreationCenter: { assetId: "demo-1032" } });
    expect(bySlug.get("demo-congreso")).toMatchObject({ hostKind: "COMMUNITY_ORGANIZATION", hostPartnerSlug: "congreso", hostBranch: null, hostRecreationCenter: null });
  });

  it("adds KEYSPOT sites to library branches in one statement, however many branches are asked for", async () => {
    const representations = ["demo-52022", "demo-52018", "demo-52050"].map((code) => ({ __typename: "LibraryBranch", code }));
    const { answer: data, statements } = await countStatements(statementsOf(subgraph), () =>
      queryOk<{ _entities: Row[] }>(
        subgraph.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on LibraryBranch { code keyspotSites { slug } } } }`,
        { r: representations },
      ),
    );
    expect(statements).toBe(1);
    expect(data._entities).toEqual([
      { code: "demo-52022", keyspotSites: [{ slug: "demo-logan-library" }] },
      { code: "demo-52018", keyspotSites: [{ slug: "demo-kensington-library" }] },
      { code: "demo-52050", keyspotSites: [] },
    ]);
  });

  it("adds KEYSPOT sites to recreation centres in one statement", async () => {
    const representations = ["demo-1032", "demo-1120", "demo-1099"].map((assetId) => ({ __typename: "RecreationCenter", assetId }));
    const { answer: data, statements } = await countStatements(statementsOf(subgraph), () =>
      queryOk<{ _entities: Row[] }>(
        subgraph.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on RecreationCenter { assetId keyspotSites { slug } } } }`,
        { r: representations },
      ),
    );
    expect(statements).toBe(1);
    expect(data._entities.map((c) => c.keyspotSites.map((s: Row) => s.slug))).toEqual([["demo-happy-hollow"], ["demo-kingsessing"], []]);
  });

  it("resolves KEYSPOT references in one statement, with null for unknown ids", async () => {
    const { keyspotSites } = await queryOk<{ keyspotSites: Row[] }>(subgraph.url, `{ keyspotSites { id slug } }`);
    const wanted = keyspotSites.slice(0, 3);
    const ids = [...wanted.map((s) => s.id), "00000000-0000-4000-8000-000000000000", "not-a-uuid"];
    const { answer: data, statements } = await countStatements(statementsOf(subgraph), () =>
      queryOk<{ _entities: (Row | null)[] }>(
        subgraph.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on KeyspotSite { slug } } }`,
        { r: ids.map((id) => ({ __typename: "KeyspotSite", id })) },
      ),
    );
    expect(statements).toBe(1);
    expect(data._entities.map((e) => e?.slug ?? null)).toEqual([...wanted.map((s) => s.slug), null, null]);
  });

  it("gives null for an unknown KEYSPOT and refuses an oversized page", async () => {
    const data = await queryOk<Row>(subgraph.url, `{ keyspotSite(id: "nope") { slug } itInitiative(id: "00000000-0000-4000-8000-000000000000") { slug } }`);
    expect(data).toEqual({ keyspotSite: null, itInitiative: null });

    const response = await postGraphql(subgraph.url, `{ itInitiatives(first: 5000) { totalCount } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("seeds idempotently", async () => {
    const counts = `{ itInitiatives { totalCount nodes { partners { partnerSlug } outcomes { value } } } keyspotSites { id } grantRounds { grants { id } } }`;
    const before = await queryOk<Row>(subgraph.url, counts);
    await itDepartment.seed?.(subgraph.service.database.dataSource);
    const after = await queryOk<Row>(subgraph.url, counts);
    expect(after).toEqual(before);
    expect(after.itInitiatives.totalCount).toBe(6);
    expect(after.keyspotSites).toHaveLength(10);
  });
});
