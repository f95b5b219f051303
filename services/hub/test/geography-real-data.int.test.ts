import { describeWithCityData, Locator, OUTSIDE, geometryContains, readAreas, readNeighborhoods, readPlanningDistricts } from "@dlhub/subgraph-kit/testing";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DataSource } from "typeorm";
import { type ImportReport } from "@dlhub/subgraph-kit";
import { geography, geoIndexFromDatabase } from "../src/geography/index.js";
import { type AreaGeometry, approximateAreaSquareMeters } from "../src/geography/geometry.js";
import { type TractTotals, tractTotalsByNeighborhood } from "../src/geography/loaders.js";
import { layerCounts, openGeographyDatabase } from "./geography-database.js";
// The whole-hub suites' oracle: the City's raw boundaries and a point-in-polygon of its own.

/** The City's open data, kept outside the repository; a clone without it skips this suite. */
const DATA = path.resolve(__dirname, "../../../../shared/data/phl");
const describeIfData = describeWithCityData(DATA);
const file = (name: string) => path.join(DATA, name);

/** The raw layers, read by the oracle's own readers (names as the files write them). */
const rawLayers = () => ({
  planningDistricts: readPlanningDistricts(file("planning_districts.geojson")),
  neighborhoods: readNeighborhoods(file("philadelphia_neighborhoods.geojson")),
  tracts: readAreas(file("census_tracts_2010.geojson"), "GEOID10"),
});

describeIfData("geography importers (the City's files)", () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const reports: ImportReport[] = [];
  let buildMs = 0;
  let locateMs = 0;
  beforeAll(async () => {
    db = await openGeographyDatabase("hub_geo_real");
  });
  afterAll(async () => {
    // The timings the import report quotes; printed once so a run records them.
    if (reports.length > 0) {
      const lines = reports.map((r) => `${r.kind}: ${r.rows} rows, ${r.inserted} inserted, ${r.updated} updated, ${r.unchanged} unchanged in ${r.elapsedMs} ms`);
      console.info([...lines, `GeoIndex: built in ${buildMs} ms, 10,000 points located in ${locateMs} ms`].join("\n"));
    }
    await db?.close();
  });

  it("imports 18 districts, 159 neighborhoods and 384 tracts", async () => {
    reports.push(await geography.importers["planning-districts"].run(path.join(DATA, "planning_districts.geojson"), db.dataSource));
    reports.push(await geography.importers.neighborhoods.run(path.join(DATA, "philadelphia_neighborhoods.geojson"), db.dataSource));
    reports.push(await geography.importers.tracts.run(path.join(DATA, "census_tracts_2010.geojson"), db.dataSource));
    expect(reports.map(({ kind, rows, inserted }) => ({ kind, rows, inserted }))).toEqual([
      { kind: "planning-districts", rows: 18, inserted: 18 },
      { kind: "neighborhoods", rows: 159, inserted: 159 },
      { kind: "tracts", rows: 384, inserted: 384 },
    ]);
    expect(await layerCounts(db.dataSource)).toEqual({ neighborhoods: 159, districts: 18, tracts: 384 });
    const raw = rawLayers();
    expect({ neighborhoods: raw.neighborhoods.length, districts: raw.planningDistricts.length, tracts: raw.tracts.length }).toEqual(await layerCounts(db.dataSource));
  });

  it("assigns every neighborhood to a district and every tract to a neighborhood", async () => {
    const [unassigned] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM neighborhood WHERE planning_district_id IS NULL) AS neighborhoods,
              (SELECT count(*)::int FROM census_tract WHERE neighborhood_id IS NULL) AS tracts`,
    );
    expect(unassigned).toEqual({ neighborhoods: 0, tracts: 0 });
    // Each where the oracle puts the point the hub chose inside it, every one of them.
    const locator = new Locator(rawLayers());
    const neighborhoods: { name: string; longitude: number; latitude: number; district: string }[] = await db.dataSource.query(
      `SELECT n.name, n.longitude, n.latitude, d.name AS district FROM neighborhood n JOIN planning_district d ON d.id = n.planning_district_id ORDER BY n.name`,
    );
    expect(neighborhoods.map(({ name, district }) => ({ name, district }))).toEqual(
      neighborhoods.map((n) => ({ name: n.name, district: locator.locate(n.name, n.longitude, n.latitude).district })),
    );
    const tracts: { geoid: string; longitude: number; latitude: number; neighborhood: string }[] = await db.dataSource.query(
      `SELECT t.geoid, t.longitude, t.latitude, n.name AS neighborhood FROM census_tract t JOIN neighborhood n ON n.id = t.neighborhood_id ORDER BY t.geoid`,
    );
    expect(tracts.map(({ geoid, neighborhood }) => ({ geoid, neighborhood }))).toEqual(
      tracts.map((t) => ({ geoid: t.geoid, neighborhood: locator.locate(t.geoid, t.longitude, t.latitude).neighborhood })),
    );
    expect(tracts).toHaveLength(384);
    expect(locator.ambiguous).toEqual([]);
    const [logan] = await db.dataSource.query(`SELECT name, map_name, planning_district_id, area_square_meters FROM neighborhood WHERE id = 'logan'`);
    expect(logan).toMatchObject({ name: "Logan", map_name: "Logan", planning_district_id: "upper-north" });
  });

  it("reads Shape_Area as square feet, and measures the outline where the City's figure is stale or missing", async () => {
    const rows: { id: string; geometry: AreaGeometry; area_square_meters: number }[] = await db.dataSource.query(
      `SELECT id, geometry, area_square_meters FROM neighborhood`,
    );
    const ratios = rows.map((r) => r.area_square_meters / approximateAreaSquareMeters(r.geometry));
    expect(Math.min(...ratios)).toBeGreaterThan(0.98);
    expect(Math.max(...ratios)).toBeLessThan(1.02);
    const bridesburg = rows.find((r) => r.id === "bridesburg");
    expect(bridesburg?.area_square_meters).toBeCloseTo(44_586_263.6032 * 0.09290304, 0);
    // Blue Bell Hill has no Shape_Area; its area is measured from its outline.
    expect(rows.find((r) => r.id === "blue-bell-hill")?.area_square_meters).toBeGreaterThan(0);
  });

  it("places the Logan library in Logan, Upper North, tract 282, and a 10,000-point grid as the raw files do", async () => {
    const built = performance.now();
    const index = await geoIndexFromDatabase(db.dataSource.manager);
    buildMs = Math.round(performance.now() - built);
    expect(index.locate(-75.14533, 40.03178)).toEqual({ neighborhoodId: "logan", planningDistrictId: "upper-north", tractGeoid: "42101028200" });
    expect(index.locate(-75.0, 39.8)).toEqual({ neighborhoodId: null, planningDistrictId: null, tractGeoid: null });

    // A 10,000-point grid over the City's bounding box, inside and outside the boundary alike.
    const started = performance.now();
    for (let i = 0; i < 10_000; i += 1) index.locate(-75.28 + (i % 100) * 0.003, 39.87 + Math.floor(i / 100) * 0.0025);
    // Reported with the suite's timings, not asserted: speed is for the benchmarks, and a busy machine would fail it.
    locateMs = Math.round(performance.now() - started);

    // Every tenth point of the grid where the oracle puts it, by names (1,000 points, a few seconds of plain point-in-polygon).
    const raw = rawLayers();
    const locator = new Locator(raw);
    const names = async (table: "neighborhood" | "planning_district") =>
      new Map<string, string>((await db.dataSource.query(`SELECT id, name FROM ${table}`)).map((r: { id: string; name: string }) => [r.id, r.name]));
    const [neighborhoodNames, districtNames] = [await names("neighborhood"), await names("planning_district")];
    const got: unknown[] = [];
    const expected: unknown[] = [];
    for (let i = 0; i < 10_000; i += 10) {
      const [longitude, latitude] = [-75.28 + (i % 100) * 0.003, 39.87 + Math.floor(i / 100) * 0.0025];
      const hub = index.locate(longitude, latitude);
      got.push({ i, neighborhood: neighborhoodNames.get(hub.neighborhoodId ?? "") ?? OUTSIDE, district: districtNames.get(hub.planningDistrictId ?? "") ?? OUTSIDE, tract: hub.tractGeoid });
      const tract = raw.tracts.filter((t) => geometryContains(t.geometry, longitude, latitude)).map((t) => t.name);
      expected.push({ i, ...locator.locate(`grid point ${i}`, longitude, latitude), tract: tract.length === 1 ? tract[0] : tract.length === 0 ? null : tract });
    }
    expect(got).toEqual(expected);
    expect(locator.ambiguous).toEqual([]);
  });

  it("takes indicators for every tract and rolls them up by neighborhood", async () => {
    const tracts: { geoid: string; neighborhood_id: string }[] = await db.dataSource.query(`SELECT geoid, neighborhood_id FROM census_tract ORDER BY geoid`);
    // Invented values (the stored open data has no tract broadband figures): 1,000 + i households, share 0.5 + (i mod 40) / 100.
    const csv = ["GEOID,households,population,broadband_subscription_share,source", ...tracts.map((t, i) => `${t.geoid},${1000 + i},${2500 + i},${0.5 + (i % 40) / 100},test data`)];
    const dir = mkdtempSync(path.join(tmpdir(), "dlhub-geo-"));
    const file = path.join(dir, "indicators.csv");
    writeFileSync(file, `${csv.join("\n")}\n`);
    const report = await geography.importers["tract-indicators"].run(file, db.dataSource).finally(() => rmSync(dir, { recursive: true, force: true }));
    reports.push(report);
    expect(report).toMatchObject({ rows: 384, updated: 384 });

    const logan = tracts.map((t, i) => ({ ...t, households: 1000 + i, share: 0.5 + (i % 40) / 100 })).filter((t) => t.neighborhood_id === "logan");
    const [totals] = await tractTotalsByNeighborhood.definition.batch(["logan"], db.dataSource);
    const households = logan.reduce((sum, t) => sum + t.households, 0);
    expect(logan.length).toBeGreaterThan(0);
    expect(totals).toMatchObject({ households });
    expect((totals as TractTotals).internetSubscriptionShare).toBeCloseTo(logan.reduce((sum, t) => sum + t.households * t.share, 0) / households, 10);
  });

  it("re-imports the City's files without changing a row", async () => {
    const again = [
      await geography.importers["planning-districts"].run(path.join(DATA, "planning_districts.geojson"), db.dataSource),
      await geography.importers.neighborhoods.run(path.join(DATA, "philadelphia_neighborhoods.geojson"), db.dataSource),
      await geography.importers.tracts.run(path.join(DATA, "census_tracts_2010.geojson"), db.dataSource),
    ];
    expect(again.map(({ inserted, updated, unchanged }) => ({ inserted, updated, unchanged }))).toEqual([
      { inserted: 0, updated: 0, unchanged: 18 },
      { inserted: 0, updated: 0, unchanged: 159 },
      { inserted: 0, updated: 0, unchanged: 384 },
    ]);
  });
});
