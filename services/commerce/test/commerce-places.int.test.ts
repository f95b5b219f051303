import { DEMO_DATASET } from "@dlhub/schema";
import { ImportWriter, type WriteCounts, createLogger, openDatabase, startSubgraph, upsertDemoInitiatives } from "@dlhub/subgraph-kit";
import { createTestDatabase, queryOk, expectConstantStatements, readPlaceFeedPage, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { CommerceInitiative, CommercialCorridor, commerce } from "@dlhub/commerce";
import { corridors, initiatives } from "../src/seed/demo-data.js";

describe("Commerce's places", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(commerce);
  });
  afterAll(() => subgraph?.stop());

  it("serves every corridor in the place feed, as demo data, under its initiative sites' ids", async () => {
    const page = await readPlaceFeedPage(subgraph.url);
    expect(page).toMatchObject({ departmentId: "commerce", department: "COMMERCE", hasMore: false });
    const places = page.changes.map((c) => c.place);
    expect(page.changes.map((c) => c.placeId).sort()).toEqual(corridors.map((c) => `commerce:commercial_corridor:${c.id}`).sort());
    for (const place of places) {
      expect(place).toMatchObject({ departmentId: "commerce", department: "COMMERCE", kind: "COMMERCIAL_CORRIDOR", typeCode: null, status: "OPEN", workstations: null, weeklyOpenHours: null });
      expect(place).toMatchObject({ isDemo: true, sourceDataset: DEMO_DATASET, sourceImportedAt: null, hostPlaceId: null });
      expect(place?.id).toMatch(/^commerce:commercial_corridor:demo-/);
    }
    expect(places.find((p) => p?.id === "commerce:commercial_corridor:demo-n-5th-st-el-centro-de-oro")).toMatchObject({
      name: "N 5th St (El Centro de Oro)",
      address: "N 5th St from Lehigh Ave to Allegheny Ave",
      latitude: 39.9945,
      longitude: -75.1392,
    });

    const data = await queryOk<{ commerceInitiatives: { nodes: { sites: { id: string }[] }[] } }>(subgraph.url, `{ commerceInitiatives { nodes { sites { id } } } }`);
    const siteIds = data.commerceInitiatives.nodes.flatMap((n) => n.sites.map((s) => s.id));
    expect(siteIds.length).toBeGreaterThan(0);
    for (const id of siteIds) expect(page.changes.map((c) => c.placeId)).toContain(id);
  });

  it("reads a page of the place feed in the same statements however many places it holds", async () => {
    await expectConstantStatements({
      // The feed is no GraphQL request: every statement the department sends counts.
      statements: () => subgraph.service.database.statements.count,
      request: (size) => readPlaceFeedPage(subgraph.url, null, size === "small" ? 1 : 50),
    });
  });
});

describe("Commerce's demo corridors when real corridors arrive", () => {
  let subgraph: TestSubgraph;
  const db = () => subgraph.service.database.dataSource;
  const counts = async () =>
    (
      await db().query(`
      SELECT (SELECT count(*) FROM commercial_corridor WHERE is_demo)::int AS "demoCorridors",
             (SELECT count(*) FROM commercial_corridor WHERE NOT is_demo)::int AS "realCorridors",
             (SELECT count(*) FROM business_cohort)::int AS cohorts, (SELECT count(*) FROM business_served)::int AS businesses,
             (SELECT count(*) FROM workforce_grant)::int AS grants, (SELECT count(*) FROM initiative)::int AS initiatives`)
    )[0];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(commerce);
  });
  afterAll(() => subgraph?.stop());

  it("retires the demo corridors and their cohorts, serves the real one from the file only, and never seeds them back", async () => {
    const before = await readPlaceFeedPage(subgraph.url);
    const real = {
      id: "germantown-ave-chelten",
      name: "Germantown Avenue",
      description: "Germantown Ave from Chelten Ave to Washington Ln",
      councilDistrict: 8,
      latitude: 40.0351,
      longitude: -75.1761,
      storefrontCount: 152,
    };
    let tables: Record<string, WriteCounts> = {};
    await db().transaction(async (manager) => {
      const writer = new ImportWriter(manager, "/imports/commercial-corridors.csv");
      await writer.retireDemo(CommercialCorridor);
      await writer.upsert(CommercialCorridor, [{ ...real, ...writer.source }], ["id"]);
      tables = writer.tables();
    });
    expect(tables.commercial_corridor).toEqual({ inserted: 1, updated: 0, unchanged: 0, retired: corridors.length });
    // The online cohort and its one business off any corridor stay; everything on a demo corridor went with it.
    expect(await counts()).toEqual({ demoCorridors: 0, realCorridors: 1, cohorts: 1, businesses: 1, grants: 3, initiatives: 5 });

    await commerce.seed?.(db());
    expect(await counts()).toEqual({ demoCorridors: 0, realCorridors: 1, cohorts: 1, businesses: 1, grants: 3, initiatives: 5 });

    const after = await readPlaceFeedPage(subgraph.url, before.cursor);
    const changed = new Map(after.changes.map((c) => [c.placeId, c.place]));
    for (const corridor of corridors) expect(changed.get(`commerce:commercial_corridor:${corridor.id}`)).toBeNull();
    expect(changed.get("commerce:commercial_corridor:germantown-ave-chelten")).toEqual({
      id: "commerce:commercial_corridor:germantown-ave-chelten",
      departmentId: "commerce",
      department: "COMMERCE",
      kind: "COMMERCIAL_CORRIDOR",
      typeCode: null,
      status: "OPEN",
      name: real.name,
      address: real.description,
      latitude: real.latitude,
      longitude: real.longitude,
      workstations: null,
      weeklyOpenHours: null,
      sourceDataset: "commercial-corridors.csv",
      sourceImportedAt: expect.any(String),
      isDemo: false,
      hostPlaceId: null,
    });
    const data = await queryOk<any>(subgraph.url, `{ commercialCorridors { id storefrontCount councilDistrict isDemo sourceDataset } }`);
    expect(data.commercialCorridors).toEqual([
      { id: real.id, storefrontCount: real.storefrontCount, councilDistrict: real.councilDistrict, isDemo: false, sourceDataset: "commercial-corridors.csv" },
    ]);
  });
});

describe("Commerce's place migration on a database the old seed filled", () => {
  it("renames and marks the seeded corridors, keeps their cohorts on them and leaves any other corridor real", async () => {
    const database = await createTestDatabase("commerce_upgrade");
    const old = await openDatabase({ url: database.url, entities: commerce.entities, migrations: (commerce.migrations as Function[]).slice(0, -1) });
    const ids = await old.dataSource.transaction((manager) => upsertDemoInitiatives(manager, CommerceInitiative, initiatives.slice(0, 1)));
    await old.dataSource.query(`
      INSERT INTO commercial_corridor (id, name, description, council_district, latitude, longitude, storefront_count)
      VALUES ('germantown-ave-chelten', 'Germantown Ave at Chelten', 'Germantown Ave', 8, 40.0345, -75.1755, 160),
             ('lancaster-ave', 'Lancaster Ave', 'Lancaster Ave from 38th St to 52nd St', 3, 39.963, -75.2, 120)`);
    await old.dataSource.query(
      `INSERT INTO business_cohort (slug, initiative_id, corridor_id, name, starts_on, ends_on, language, businesses_enrolled, businesses_completed)
       VALUES ('pub-2024-spring-germantown', $1, 'germantown-ave-chelten', 'Spring 2024', '2024-02-06', '2024-05-14', 'EN', 22, 18)`,
      [ids.get(initiatives[0].slug)],
    );
    await old.dataSource.destroy();

    const service = await startSubgraph(commerce, { databaseUrl: database.url, port: 0, seed: true, logger: createLogger("commerce", "silent") });
    try {
      // With a real corridor there, the seed adds no demo corridors; the one already there is renamed.
      const rows = await service.database.dataSource.query(`SELECT id, is_demo, source_dataset FROM commercial_corridor ORDER BY is_demo DESC`);
      expect(rows).toEqual([
        { id: "demo-germantown-ave-chelten", is_demo: true, source_dataset: DEMO_DATASET },
        { id: "lancaster-ave", is_demo: false, source_dataset: null },
      ]);
      const [cohort] = await service.database.dataSource.query(`SELECT corridor_id FROM business_cohort WHERE slug = 'pub-2024-spring-germantown'`);
      expect(cohort.corridor_id).toBe("demo-germantown-ave-chelten");
      const page = await readPlaceFeedPage(service.url);
      expect(page.changes.find((c) => c.placeId === "commerce:commercial_corridor:lancaster-ave")?.place).toMatchObject({ isDemo: false, sourceDataset: null });
      expect(page.changes.map((c) => c.placeId)).not.toContain("commerce:commercial_corridor:germantown-ave-chelten");
    } finally {
      await service.close();
      await database.drop();
    }
  });
});
