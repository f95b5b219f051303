import { resolve } from "node:path";
import { DEMO_DATASET } from "@dlhub/schema";
import { type PlaceSnapshot, createLogger, openDatabase, startSubgraph, upsertDemoInitiatives } from "@dlhub/subgraph-kit";
import { createTestDatabase, queryOk, readAllPlaces, expectConstantStatements, readPlaceFeedPage, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { ItInitiative, itDepartment } from "@dlhub/it";
import { INITIATIVES, KEYSPOT_NETWORK } from "../src/import/initiatives";
import { keyspotsImporter } from "../src/import";
import { initiatives } from "../src/seed/demo-data";

describe("OIT's places", () => {
  let subgraph: TestSubgraph;
  const byName = (places: Map<string, PlaceSnapshot | null>, name: string) => [...places.values()].find((place) => place?.name === name);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(itDepartment);
  });
  afterAll(() => subgraph?.stop());

  it("serves every demo KEYSPOT and distribution location, under the ids the initiative sites use, with their hosts", async () => {
    const { places } = await readAllPlaces(subgraph.url);
    const kinds = [...places.values()].reduce<Record<string, number>>((n, p) => ({ ...n, [p!.kind]: (n[p!.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ KEYSPOT: 10, PARTNER_SITE: 4 });
    expect([...places.values()].every((p) => p?.isDemo === true && p.sourceDataset === "DL Hub demo data" && p.status === "OPEN")).toBe(true);

    expect(byName(places, "Logan Library KEYSPOT")).toMatchObject({
      departmentId: "it",
      department: "IT",
      kind: "KEYSPOT",
      typeCode: null,
      workstations: 8,
      weeklyOpenHours: 30,
      hostPlaceId: "libraries:library_branch:demo-52022",
    });
    expect(byName(places, "Happy Hollow Recreation Center KEYSPOT")).toMatchObject({ typeCode: "PPR", hostPlaceId: "parks:recreation_center:demo-1032" });
    expect(byName(places, "Congreso KEYSPOT")).toMatchObject({ typeCode: "Non-Profit", hostPlaceId: null });
    expect(places.get("it:partner_site:demo-j-finnegan-recreation-center")).toMatchObject({
      kind: "PARTNER_SITE",
      name: "J. Finnegan Recreation Center",
      workstations: null,
      weeklyOpenHours: null,
      hostPlaceId: null,
    });

    const data = await queryOk<{ itInitiatives: { nodes: { sites: { id: string }[] }[] } }>(subgraph.url, `{ itInitiatives { nodes { sites { id } } } }`);
    const siteIds = new Set(data.itInitiatives.nodes.flatMap((n) => n.sites.map((s) => s.id)));
    expect(siteIds.size).toBe(14);
    expect([...siteIds].filter((id) => !places.has(id))).toEqual([]);
  });

  it("reads a page in the same number of statements whatever its size", async () => {
    const { small, large } = await expectConstantStatements({
      // The feed is no GraphQL request: every statement the department sends counts.
      statements: () => subgraph.service.database.statements.count,
      request: (size) => readPlaceFeedPage(subgraph.url, null, size === "small" ? 1 : 100),
    });
    expect([small.objects.changes, large.objects.changes]).toEqual([1, 14]);
  });

  it("drops the demo KEYSPOTs once real ones are imported, serves the real ones from the file alone, and the seed leaves it so", async () => {
    const { cursor } = await readAllPlaces(subgraph.url);
    await keyspotsImporter.run(resolve(__dirname, "fixtures", "keyspots_2015.geojson"), subgraph.service.database.dataSource);
    await itDepartment.seed?.(subgraph.service.database.dataSource);
    const { places } = await readAllPlaces(subgraph.url, cursor);

    expect([...places.values()].filter((place) => place === null)).toHaveLength(10);
    const real = [...places.values()].filter((place) => place !== null);
    expect(real).toHaveLength(6);
    for (const place of real) {
      expect(place).toMatchObject({ kind: "KEYSPOT", isDemo: false, sourceDataset: "keyspots_2015.geojson", status: "OPEN", workstations: null, weeklyOpenHours: null, hostPlaceId: null });
      expect(place.sourceImportedAt).toEqual(expect.any(String));
    }
    expect(byName(places, "Happy Hollow Recreation Center")).toMatchObject({ typeCode: "PPR", address: "4740 Wayne Ave" });
    expect(byName(places, "Mercy Neighborhood Ministries")).toMatchObject({ typeCode: "FLP" });

    const all = await readAllPlaces(subgraph.url);
    expect([...all.places.values()].filter((place) => place?.kind === "KEYSPOT")).toHaveLength(6);
    expect([...all.places.values()].filter((place) => place?.kind === "PARTNER_SITE")).toHaveLength(4);
  });
});

describe("OIT's place migration on a database the old seed and importers filled", () => {
  it("keeps what an import wrote, without the demo's numbers, and lets the seed write the rest again under demo keys", async () => {
    const database = await createTestDatabase("it_upgrade");
    const old = await openDatabase({ url: database.url, entities: itDepartment.entities, migrations: (itDepartment.migrations as Function[]).slice(0, -1) });
    const ids = await old.dataSource.transaction((manager) => upsertDemoInitiatives(manager, ItInitiative, initiatives));
    const network = ids.get(KEYSPOT_NETWORK);
    const dla = ids.get("digital-literacy-alliance-grants");
    // The old seed's Kingsessing, the old seed's Happy Hollow updated in place by a KEYSPOT import, and a site only the import had.
    await old.dataSource.query(
      `INSERT INTO keyspot_site (slug, initiative_id, name, address, latitude, longitude, workstations, weekly_open_hours, host_kind, host_recreation_center_asset_id, host_name, region)
       VALUES ('kingsessing', $1, 'Kingsessing Recreation Center KEYSPOT', '4901 Kingsessing Ave', 39.94308, -75.21547, 8, 20, 'RECREATION_CENTER', '1120', NULL, NULL),
              ('happy-hollow', $1, 'Happy Hollow Recreation Center', '4740 Wayne Ave', 40.02375, -75.16496, 12, 40, 'RECREATION_CENTER', '1032', 'Happy Hollow Recreation Center', 'North'),
              ('starr-garden', $1, 'Starr Garden', '600 Lombard St', 39.94253, -75.15233, NULL, NULL, 'RECREATION_CENTER', NULL, 'Starr Garden', 'Center City')`,
      [network],
    );
    const [round] = await old.dataSource.query(
      `INSERT INTO grant_round (slug, name, year, funder, focus, total_amount_usd) VALUES ('2019-census', 'Round 3', 2019, 'DLA', 'Census', 200000) RETURNING id`,
    );
    await old.dataSource.query(
      `INSERT INTO dla_grant (round_id, initiative_id, grantee_partner_slug, grantee_name, amount_usd, focus, project_summary) VALUES ($1, $2, 'congreso', 'Congreso', 25000, 'Census', 'Census help')`,
      [round.id, dla],
    );
    await old.dataSource.query(
      `INSERT INTO device_distribution_event (initiative_id, held_on, location_name, address, devices_distributed, partner_slug, partner_name)
       VALUES ($1, '2024-03-16', 'Happy Hollow Recreation Center', '4740 Wayne Ave', 240, 'pcs-for-people', 'PCs for People')`,
      [ids.get("pcs-for-people-device-distribution")],
    );
    await old.dataSource.destroy();

    const service = await startSubgraph(itDepartment, { databaseUrl: database.url, port: 0, seed: true, logger: createLogger("it", "silent") });
    try {
      const db = service.database.dataSource;
      const [initiative] = await db.query(
        `SELECT title, summary, is_demo, (SELECT count(*)::int FROM initiative_partner WHERE initiative_id = i.id) AS partners FROM initiative i WHERE slug = $1`,
        [KEYSPOT_NETWORK],
      );
      expect(initiative).toEqual({ title: INITIATIVES[KEYSPOT_NETWORK]?.title, summary: INITIATIVES[KEYSPOT_NETWORK]?.summary, is_demo: false, partners: 0 });
      // Real KEYSPOTs are there, so the seed adds no demo ones.
      expect(await db.query(`SELECT slug, is_demo, workstations, weekly_open_hours, host_recreation_center_asset_id FROM keyspot_site ORDER BY slug`)).toEqual([
        { slug: "happy-hollow", is_demo: false, workstations: null, weekly_open_hours: null, host_recreation_center_asset_id: null },
        { slug: "starr-garden", is_demo: false, workstations: null, weekly_open_hours: null, host_recreation_center_asset_id: null },
      ]);
      expect(await db.query(`SELECT slug, is_demo FROM grant_round ORDER BY slug`)).toEqual([
        { slug: "demo-2019-census", is_demo: true },
        { slug: "demo-winter-2020-immigrant-lep", is_demo: true },
      ]);
      expect(await db.query(`SELECT count(*)::int AS n FROM device_distribution_event WHERE is_demo AND source_dataset = $1`, [DEMO_DATASET])).toEqual([{ n: 4 }]);

      const page = await readPlaceFeedPage(service.url, null, 100);
      const places = page.changes.map((change) => change.place);
      expect(places.filter((place) => place?.kind === "KEYSPOT").map((place) => [place?.name, place?.isDemo]).sort()).toEqual([
        ["Happy Hollow Recreation Center", false],
        ["Starr Garden", false],
      ]);
      expect(page.changes.map((change) => change.placeId)).not.toContain("it:partner_site:happy-hollow-recreation-center");
      expect(page.changes.map((change) => change.placeId)).toContain("it:partner_site:demo-happy-hollow-recreation-center");
    } finally {
      await service.close();
      await database.drop();
    }
  });
});
