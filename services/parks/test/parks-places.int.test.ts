import { resolve } from "node:path";
import { DEMO_DATASET } from "@dlhub/schema";
import { type PlaceFeedPage, type PlaceSnapshot, createLogger, openDatabase, startSubgraph, upsertDemoInitiatives } from "@dlhub/subgraph-kit";
import { createTestDatabase, queryOk, expectConstantStatements, readPlaceFeedPage, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { ParksInitiative, parks, recreationCentersImporter } from "@dlhub/parks";
import { type DataSource } from "typeorm";
import { computerLabs, initiatives } from "../src/seed/demo-data.js";
import { recreationCenters } from "../src/seed/recreation-centers.js";

const SITES = resolve(__dirname, "fixtures", "ppr_program_sites.csv");

const byId = (page: PlaceFeedPage) => new Map(page.changes.map((c) => [c.placeId, c.place]));

describe("Parks & Recreation's places", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(parks);
  });
  afterAll(() => subgraph?.stop());

  it("serves every demo site under its initiative sites' id, with its labs' workstations", async () => {
    const page = await readPlaceFeedPage(subgraph.url);
    expect(page).toMatchObject({ departmentId: "parks", department: "PARKS", hasMore: false });
    const places = byId(page) as Map<string, PlaceSnapshot>;
    expect([...places.keys()].sort()).toEqual(recreationCenters.map((c) => `parks:recreation_center:${c.assetId}`).sort());
    for (const place of places.values()) {
      expect(place).toMatchObject({ departmentId: "parks", department: "PARKS", typeCode: null, weeklyOpenHours: null, hostPlaceId: null });
      expect(place).toMatchObject({ isDemo: true, sourceDataset: DEMO_DATASET, sourceImportedAt: null });
      expect(place.id).toMatch(/^parks:recreation_center:demo-/);
    }
    // Demo rows carry no City code: the older adult centre's kind comes from its program type.
    const kinds = [...places.values()].map((p) => p.kind);
    expect(kinds.filter((k) => k === "RECREATION_CENTER")).toHaveLength(9);
    expect(places.get("parks:recreation_center:demo-2014")).toMatchObject({ kind: "OLDER_ADULT_CENTER", workstations: 8 });
    expect(places.get("parks:recreation_center:demo-1137")).toMatchObject({ kind: "RECREATION_CENTER", name: "Mallory Playground", workstations: 5 });
    expect(places.get("parks:recreation_center:demo-1099")).toMatchObject({ status: "CLOSED_FOR_REBUILD", workstations: null });
    expect(places.get("parks:recreation_center:demo-1032")).toMatchObject({
      status: "OPEN",
      name: "Happy Hollow Recreation Center",
      address: "4740 Wayne Ave",
      latitude: 40.02375,
      longitude: -75.16496,
      workstations: 20,
    });
    const workstations = [...places.values()].reduce((sum, p) => sum + (p.workstations ?? 0), 0);
    expect(workstations).toBe(computerLabs.reduce((sum, l) => sum + l.workstations, 0));

    const data = await queryOk<any>(subgraph.url, `{ parksInitiatives { nodes { sites { id } } } }`);
    const siteIds: string[] = data.parksInitiatives.nodes.flatMap((n: { sites: { id: string }[] }) => n.sites.map((s) => s.id));
    expect(siteIds.length).toBeGreaterThan(0);
    for (const id of siteIds) expect(places.has(id)).toBe(true);
  });

  it("reads a page of the place feed in the same statements however many places it holds", async () => {
    await expectConstantStatements({
      // The feed is no GraphQL request: every statement the department sends counts.
      statements: () => subgraph.service.database.statements.count,
      request: (size) => readPlaceFeedPage(subgraph.url, null, size === "small" ? 1 : 50),
    });
  });

  it("puts a centre in the feed when a lab there opens, with the lab's workstations", async () => {
    const db = subgraph.service.database.dataSource;
    const { cursor } = await readPlaceFeedPage(subgraph.url);
    const [{ id }] = await db.query(`SELECT id FROM initiative WHERE slug = 'rec-center-computer-labs'`);
    await db.query(
      `INSERT INTO computer_lab (slug, initiative_id, center_asset_id, name, workstations, opened_on) VALUES ('vare-lab', $1, 'demo-1099', 'Vare lab', 12, '2026-01-05')`,
      [id],
    );
    const after = await readPlaceFeedPage(subgraph.url, cursor);
    expect(after.changes.map((c) => [c.placeId, c.place?.workstations])).toEqual([["parks:recreation_center:demo-1099", 12]]);
  });
});

describe("Parks & Recreation's places after the City's program sites are imported", () => {
  let subgraph: TestSubgraph;
  const db = () => subgraph.service.database.dataSource;
  const counts = async () =>
    (
      await db().query(`
      SELECT (SELECT count(*) FROM recreation_center WHERE is_demo)::int AS "demoCenters", (SELECT count(*) FROM recreation_center)::int AS centers,
             (SELECT count(*) FROM computer_lab)::int AS labs, (SELECT count(*) FROM afterschool_computer_camp)::int AS camps,
             (SELECT count(*) FROM initiative WHERE is_demo)::int AS "demoInitiatives"`)
    )[0];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(parks);
  });
  afterAll(() => subgraph?.stop());

  it("serves each real site from the file alone, by its PROGRAM_TYPE code, retires the demo sites and never seeds them back", async () => {
    const before = await readPlaceFeedPage(subgraph.url);
    const report = await recreationCentersImporter.run(SITES, db());
    expect(report).toMatchObject({ inserted: 8, retired: recreationCenters.length });
    const expected = { demoCenters: 0, centers: 8, labs: 0, camps: 0, demoInitiatives: initiatives.length };
    expect(await counts()).toEqual(expected);
    await parks.seed?.(db());
    expect(await counts()).toEqual(expected);

    const changed = byId(await readPlaceFeedPage(subgraph.url, before.cursor));
    for (const center of recreationCenters) expect(changed.get(`parks:recreation_center:${center.assetId}`)).toBeNull();
    const kinds = [...changed.values()].filter((p) => p !== null).map((p) => [p.id, p.kind, p.typeCode]);
    expect(kinds.sort()).toEqual([
      ["parks:recreation_center:1032", "RECREATION_CENTER", "PPR_REC"],
      ["parks:recreation_center:1099", "RECREATION_CENTER", "PPR_REC"],
      ["parks:recreation_center:1120", "RECREATION_CENTER", "PPR_REC"],
      ["parks:recreation_center:1137", "RECREATION_CENTER", "PPR_REC"],
      ["parks:recreation_center:1187", "RECREATION_CENTER", "PPR_REC"],
      ["parks:recreation_center:2014", "OLDER_ADULT_CENTER", "OLDER_ADULT_CENTER"],
      ["parks:recreation_center:3051", "POOL", "POOL"],
      ["parks:recreation_center:4012", "ENVIRONMENTAL_EDUCATION_CENTER", "ENVIRONMENTAL_EDUCATION_CENTER"],
    ]);
    // The demo centre's street address and its lab's workstations are not the City's: nothing of them remains.
    expect(changed.get("parks:recreation_center:1032")).toEqual({
      id: "parks:recreation_center:1032",
      departmentId: "parks",
      department: "PARKS",
      kind: "RECREATION_CENTER",
      typeCode: "PPR_REC",
      status: "OPEN",
      name: "Happy Hollow Recreation Center",
      address: null,
      latitude: expect.closeTo(40.02375, 5),
      longitude: expect.closeTo(-75.16496, 5),
      workstations: null,
      weeklyOpenHours: null,
      sourceDataset: "ppr_program_sites.csv",
      sourceImportedAt: expect.any(String),
      isDemo: false,
      hostPlaceId: null,
    });
    expect(changed.get("parks:recreation_center:1099")).toMatchObject({ status: "CLOSED_FOR_REBUILD" });
  });
});

describe("Parks & Recreation's place migration on a database the old seed filled", () => {
  const CENTER_COLUMNS = `asset_id, name, program_type, site_class, building, gym, status, address, latitude, longitude, label_number, comments, data_source`;
  const undemo = (key: string) => key.replace(/^demo-/, "");

  /** A database migrated up to the release before places, holding what the old seed wrote. */
  async function oldDatabase(label: string, fill: (db: DataSource, ids: Map<string, string>) => Promise<void>) {
    const database = await createTestDatabase(label);
    const old = await openDatabase({ url: database.url, entities: parks.entities, migrations: (parks.migrations as Function[]).slice(0, -1) });
    const ids = await old.dataSource.transaction((manager) => upsertDemoInitiatives(manager, ParksInitiative, initiatives));
    await fill(old.dataSource, ids);
    await old.dataSource.destroy();
    return database;
  }

  async function insertCenter(db: DataSource, values: unknown[]) {
    await db.query(`INSERT INTO recreation_center (${CENTER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`, values);
  }

  async function insertLab(db: DataSource, ids: Map<string, string>, lab: (typeof computerLabs)[number], centerAssetId: string) {
    await db.query(`INSERT INTO computer_lab (slug, initiative_id, center_asset_id, name, workstations, opened_on) VALUES ($1, $2, $3, $4, $5, $6)`, [
      lab.slug,
      ids.get(lab.initiative),
      centerAssetId,
      lab.name,
      lab.workstations,
      lab.openedOn,
    ]);
  }

  async function start(database: Awaited<ReturnType<typeof createTestDatabase>>) {
    return startSubgraph(parks, { databaseUrl: database.url, port: 0, seed: true, logger: createLogger("parks", "silent") });
  }

  it("renames and marks the demo centres, keeps their labs on them, and the seed adds no second copy", async () => {
    const database = await oldDatabase("parks_upgrade_demo", async (db, ids) => {
      for (const c of recreationCenters) {
        await insertCenter(db, [undemo(c.assetId), c.name, c.programType, c.siteClass, c.building, c.gym, c.status, c.address, c.latitude, c.longitude, null, c.comments, null]);
      }
      for (const lab of computerLabs) await insertLab(db, ids, lab, undemo(lab.centerAssetId));
    });
    const service = await start(database);
    try {
      const db = service.database.dataSource;
      const [counts] = await db.query(`SELECT (SELECT count(*) FROM recreation_center)::int AS centers, (SELECT count(*) FROM computer_lab)::int AS labs,
        (SELECT count(*) FROM recreation_center WHERE NOT is_demo OR asset_id NOT LIKE 'demo-%' OR source_dataset <> '${DEMO_DATASET}')::int AS unmarked`);
      expect(counts).toEqual({ centers: recreationCenters.length, labs: computerLabs.length, unmarked: 0 });
      expect(await db.query(`SELECT center_asset_id FROM computer_lab WHERE slug = 'happy-hollow-digital-access-hub'`)).toEqual([{ center_asset_id: "demo-1032" }]);
      const page = await readPlaceFeedPage(service.url);
      expect(page.changes.filter((c) => c.place)).toHaveLength(recreationCenters.length);
      expect(page.changes.map((c) => c.placeId)).not.toContain("parks:recreation_center:1032");
    } finally {
      await service.close();
      await database.drop();
    }
  });

  it("keeps imported centres real with their type codes, and retires the demo centres and demo labs beside them", async () => {
    const database = await oldDatabase("parks_upgrade_real", async (db, ids) => {
      const [happyHollow] = recreationCenters;
      await insertCenter(db, ["1032", happyHollow.name, "Recreation Center", "A", true, true, "OPEN", happyHollow.address, 40.02375, -75.16496, null, null, null]);
      await insertCenter(db, ["1187", "J. Finnegan Recreation Center", "Recreation Center", "A", true, true, "OPEN", null, 39.91466, -75.22532, "31", null, "PPR Program Sites 2023"]);
      await insertCenter(db, ["3051", "Kelly Pool", "Pool", "S", true, false, "OPEN", null, 39.97, -75.2, null, "Seasonal", "PPR Pools"]);
      await insertLab(db, ids, computerLabs[0], "1032");
      await insertLab(db, ids, computerLabs[1], "1187");
    });
    const service = await start(database);
    try {
      const db = service.database.dataSource;
      expect(await db.query(`SELECT asset_id, program_type_code, is_demo FROM recreation_center ORDER BY asset_id`)).toEqual([
        { asset_id: "1187", program_type_code: "PPR_REC", is_demo: false },
        { asset_id: "3051", program_type_code: "POOL", is_demo: false },
      ]);
      expect(await db.query(`SELECT count(*)::int AS labs FROM computer_lab`)).toEqual([{ labs: 0 }]);
      const places = byId(await readPlaceFeedPage(service.url));
      expect([...places.keys()].sort()).toEqual(["parks:recreation_center:1187", "parks:recreation_center:3051"]);
      expect(places.get("parks:recreation_center:3051")).toMatchObject({ kind: "POOL", typeCode: "POOL", isDemo: false, workstations: null });
    } finally {
      await service.close();
      await database.drop();
    }
  });
});
