import { ImportFileError, ImportRejected } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { geography, geoIndexFromDatabase } from "../src/geography/index.js";
import { fixture, layerCounts, openGeographyDatabase } from "./geography-database.js";

const { importers } = geography;

describe("geography importers (hand-made fixtures)", () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  beforeAll(async () => {
    db = await openGeographyDatabase("hub_geo_import");
  });
  afterAll(() => db?.close());

  const run = (kind: keyof typeof importers, file: string) => importers[kind].run(fixture(file), db.dataSource);
  const rejection = (kind: keyof typeof importers, file: string) => run(kind, file).then(
    () => Promise.reject(new Error("expected the import to be rejected")),
    (error: unknown) => error as ImportRejected,
  );
  const districtOf = (id: string) =>
    db.dataSource.query(`SELECT planning_district_id FROM neighborhood WHERE id = $1`, [id]).then((rows) => rows[0]?.planning_district_id ?? null);
  const tractNeighborhoods = () =>
    db.dataSource.query(`SELECT geoid, neighborhood_id FROM census_tract ORDER BY geoid`).then((rows: { geoid: string; neighborhood_id: string | null }[]) =>
      Object.fromEntries(rows.map((r) => [r.geoid, r.neighborhood_id])),
    );

  it("imports neighborhoods, then districts, and assigns each neighborhood to its district whatever the order", async () => {
    expect(await run("neighborhoods", "philadelphia_neighborhoods.geojson")).toMatchObject({ kind: "neighborhoods", rows: 3, inserted: 3, updated: 0, unchanged: 0 });
    expect(await districtOf("logan")).toBeNull();

    expect(await run("planning-districts", "planning_districts.geojson")).toMatchObject({ kind: "planning-districts", rows: 2, inserted: 2 });
    expect(await districtOf("logan")).toBe("upper-north");
    expect(await districtOf("germantown-east")).toBe("upper-north");
    expect(await districtOf("kensington-west")).toBe("lower-north");

    const [logan] = await db.dataSource.query(`SELECT name, map_name, area_square_meters, latitude, longitude, is_demo FROM neighborhood WHERE id = 'logan'`);
    // The fixture's Shape_Area is in square feet, like the City's: 40,824,166 ft² ≈ 3.79 km².
    expect(logan.area_square_meters).toBeCloseTo(40824165.9 * 0.09290304, 0);
    expect(logan).toMatchObject({ name: "Logan", map_name: "Logan", is_demo: false });
    expect(logan.longitude).toBeCloseTo(-75.145, 6);
    expect(logan.latitude).toBeCloseTo(40.03, 6);
  });

  it("imports tracts and assigns each to the neighborhood containing its centroid", async () => {
    expect(await run("tracts", "census_tracts_2010.geojson")).toMatchObject({ kind: "tracts", rows: 4, inserted: 4 });
    expect(await tractNeighborhoods()).toEqual({
      "42101016200": "kensington-west",
      "42101028100": "logan",
      "42101028200": "logan",
      "42101036000": null,
    });
  });

  it("is idempotent: importing the same files again, even at once, changes nothing", async () => {
    const again = await Promise.all([
      run("neighborhoods", "philadelphia_neighborhoods.geojson"),
      run("planning-districts", "planning_districts.geojson"),
      run("tracts", "census_tracts_2010.geojson"),
    ]);
    expect(again.map(({ inserted, updated, unchanged }) => ({ inserted, updated, unchanged }))).toEqual([
      { inserted: 0, updated: 0, unchanged: 3 },
      { inserted: 0, updated: 0, unchanged: 2 },
      { inserted: 0, updated: 0, unchanged: 4 },
    ]);
    expect(await layerCounts(db.dataSource)).toEqual({ neighborhoods: 3, districts: 2, tracts: 4 });
    expect(await districtOf("logan")).toBe("upper-north");
  });

  it("rejects a file with bad features as a whole, listing every problem by line and feature, and writes nothing", async () => {
    const error = await rejection("neighborhoods", "philadelphia_neighborhoods_bad.geojson");
    expect(error).toBeInstanceOf(ImportRejected);
    // One feature per line after the opening line; features count from 1.
    expect(error.problems.map((p) => [p.line, p.feature])).toEqual([[3, 2], [4, 3], [5, 4], [6, 5], [7, 6]]);
    const reasons = error.problems.map((p) => p.reason);
    expect(reasons[0]).toBe("properties.LISTNAME: is missing");
    expect(reasons[1]).toMatch(/not WGS84/);
    expect(reasons[2]).toMatch(/ring is not closed/);
    expect(reasons[3]).toMatch(/repeats "tioga", already on line 2 \(feature 1\)/);
    expect(reasons[4]).toBe("properties.Shape_Area: must be a positive number of square feet");
    // Feature 1 was valid, but the file is all or nothing.
    expect(await layerCounts(db.dataSource)).toEqual({ neighborhoods: 3, districts: 2, tracts: 4 });
    expect(await db.dataSource.query(`SELECT id FROM neighborhood WHERE id = 'tioga'`)).toEqual([]);
  });

  it("rejects what is not GeoJSON at all", async () => {
    expect((await rejection("tracts", "tract_indicators.csv")).problems[0].reason).toMatch(/not valid JSON/);
    await expect(run("tracts", "does-not-exist.geojson")).rejects.toBeInstanceOf(ImportFileError);
  });

  it("imports tract indicators, keeps them across a re-import of shapes, and counts only changes", async () => {
    expect(await run("tract-indicators", "tract_indicators.csv")).toMatchObject({ kind: "tract-indicators", rows: 3, inserted: 0, updated: 3, unchanged: 0 });
    expect(await run("tract-indicators", "tract_indicators.csv")).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await run("tracts", "census_tracts_2010.geojson")).toMatchObject({ updated: 0, unchanged: 4 });
    const rows = await db.dataSource.query(
      `SELECT geoid, households, population, broadband_subscription_share AS share, indicator_source, indicator_is_demo FROM census_tract ORDER BY geoid`,
    );
    expect(rows).toEqual([
      { geoid: "42101016200", households: 1200, population: 3500, share: null, indicator_source: "ACS 2019 5-year (fixture)", indicator_is_demo: false },
      { geoid: "42101028100", households: 1000, population: 2800, share: 0.6, indicator_source: "ACS 2019 5-year (fixture)", indicator_is_demo: false },
      { geoid: "42101028200", households: 3000, population: 7900, share: 0.8, indicator_source: "ACS 2019 5-year (fixture)", indicator_is_demo: false },
      { geoid: "42101036000", households: null, population: null, share: null, indicator_source: null, indicator_is_demo: null },
    ]);
  });

  it("rejects an indicator file with bad rows by line, and changes nothing", async () => {
    const error = await rejection("tract-indicators", "tract_indicators_bad.csv");
    expect(error.problems.map((p) => p.line)).toEqual([3, 4, 6, 7, 7]);
    expect(error.problems[0].reason).toBe("broadband_subscription_share: must be a share between 0 and 1, not a percentage");
    expect(error.problems[1].reason).toMatch(/^GEOID: must be an 11-digit GEOID/);
    expect(error.problems[2].reason).toMatch(/repeats "42101028100", already on line 2/);
    expect(error.problems[3].reason).toMatch(/^households: -3 is outside 0\.\./);
    expect(error.problems[4].reason).toBe("source: is blank");
    const [{ share }] = await db.dataSource.query(`SELECT broadband_subscription_share AS share FROM census_tract WHERE geoid = '42101028200'`);
    expect(share).toBe(0.8);
  });

  it("rejects indicators for a tract that was never imported, and rolls back the rest of the file", async () => {
    const error = await rejection("tract-indicators", "tract_indicators_unknown_tract.csv");
    expect(error.problems).toEqual([{ line: 3, reason: "GEOID: 42101099999 is not an imported census tract (import the tracts first)" }]);
    const [{ households }] = await db.dataSource.query(`SELECT households FROM census_tract WHERE geoid = '42101028100'`);
    expect(households).toBe(1000);
  });

  it("builds a GeoIndex from the database that places a point in all three layers", async () => {
    const index = await geoIndexFromDatabase(db.dataSource.manager);
    expect(index.counts).toEqual({ neighborhoods: 3, planningDistricts: 2, tracts: 4 });
    expect(index.locate(-75.14533, 40.03178)).toEqual({ neighborhoodId: "logan", planningDistrictId: "upper-north", tractGeoid: "42101028100" });
    expect(index.locate(-75.0, 39.9)).toEqual({ neighborhoodId: null, planningDistrictId: null, tractGeoid: null });
  });
});
