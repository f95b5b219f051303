import { type DataSource } from "typeorm";
import { geography } from "../src/geography/index.js";
import { fixture, layerCounts, openGeographyDatabase } from "./geography-database.js";

describe("demo geography next to real imports", () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  beforeAll(async () => {
    db = await openGeographyDatabase("hub_geo_seed");
  });
  afterAll(() => db?.close());

  it("gives way to the first real file and never comes back", async () => {
    await geography.seedDemoGeography(db.dataSource);
    expect(await layerCounts(db.dataSource)).toEqual({ neighborhoods: 9, districts: 3, tracts: 12 });

    // The first real file drops every demo shape of all three layers, demo "logan" included, so
    // no real neighborhood ever sums demo tracts' invented indicators.
    const report = await geography.importers.neighborhoods.run(fixture("philadelphia_neighborhoods.geojson"), db.dataSource);
    expect(report).toMatchObject({ rows: 3, inserted: 3, updated: 0 });
    expect(await layerCounts(db.dataSource)).toEqual({ neighborhoods: 3, districts: 0, tracts: 0 });
    const [{ demo }] = await db.dataSource.query(`SELECT count(*)::int AS demo FROM neighborhood WHERE is_demo`);
    expect(demo).toBe(0);

    await geography.seedDemoGeography(db.dataSource);
    expect(await layerCounts(db.dataSource)).toEqual({ neighborhoods: 3, districts: 0, tracts: 0 });
  });
});
