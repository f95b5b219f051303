import type { Polygon, Position } from "geojson";
import { type GeoLayers, GeoIndex } from "./geo-index.js";

/** The closed ring of an axis-aligned square with its lower-left corner at (x, y). */
const ring = (x: number, y: number, size = 1): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const square = (x: number, y: number, size = 1): Polygon => ({ type: "Polygon", coordinates: [ring(x, y, size)] });

/**
 * Two districts side by side (west [0,2]×[0,2], east [2,4]×[0,2]); three neighborhoods, one of
 * them an L made of two squares as a MultiPolygon; four unit tracts in the west district.
 */
const layers: GeoLayers = {
  planningDistricts: [
    { id: "west", geometry: square(0, 0, 2) },
    { id: "east", geometry: square(2, 0, 2) },
  ],
  neighborhoods: [
    { id: "a", geometry: square(0, 0) },
    { id: "l-shape", geometry: { type: "MultiPolygon", coordinates: [[ring(1, 0)], [ring(1, 1)]] } },
    { id: "far-east", geometry: square(3, 1) },
  ],
  tracts: [
    { id: "42101000100", geometry: square(0, 0) },
    { id: "42101000200", geometry: square(1, 0) },
    { id: "42101000300", geometry: square(0, 1) },
    { id: "42101000400", geometry: square(1, 1) },
  ],
};

describe("GeoIndex", () => {
  let index: GeoIndex;
  beforeAll(async () => {
    index = await GeoIndex.build(async () => layers);
  });

  it("finds the neighborhood, district and tract of a point", () => {
    expect(index.locate(0.5, 0.5)).toEqual({ neighborhoodId: "a", planningDistrictId: "west", tractGeoid: "42101000100" });
    expect(index.locate(1.5, 1.5)).toEqual({ neighborhoodId: "l-shape", planningDistrictId: "west", tractGeoid: "42101000400" });
    expect(index.locate(3.5, 1.5)).toEqual({ neighborhoodId: "far-east", planningDistrictId: "east", tractGeoid: null });
  });

  it("answers null for each layer the point is outside of", () => {
    // (0.5, 1.5) lies in tract 300 and the west district but in no neighborhood.
    expect(index.locate(0.5, 1.5)).toEqual({ neighborhoodId: null, planningDistrictId: "west", tractGeoid: "42101000300" });
    expect(index.locate(-75.15, 40.03)).toEqual({ neighborhoodId: null, planningDistrictId: null, tractGeoid: null });
  });

  it("gives a point on a shared edge the same answer every time", () => {
    expect(index.locate(2, 1).planningDistrictId).toBe("east");
    expect(index.locate(1, 0.5).neighborhoodId).toBe("a");
  });

  it("respects holes", async () => {
    const donut = await GeoIndex.build(async () => ({
      planningDistricts: [],
      tracts: [],
      neighborhoods: [{ id: "donut", geometry: { type: "Polygon", coordinates: [ring(0, 0, 3), ring(1, 1)] } }],
    }));
    expect(donut.locate(0.5, 0.5).neighborhoodId).toBe("donut");
    expect(donut.locate(1.5, 1.5).neighborhoodId).toBeNull();
  });

  // How fast is for the benchmarks (npm run bench places every copied site); a timed test fails on a busy machine.
  it("locates every one of a 100 × 100 grid of points over the layers", () => {
    let found = 0;
    for (let i = 0; i < 10_000; i += 1) {
      if (index.locate((i % 100) / 25, Math.floor(i / 100) / 50).planningDistrictId) found += 1;
    }
    expect(found).toBe(10_000);
  });

  it("rebuilds from its source and reports all nulls before the first build", async () => {
    let current: GeoLayers = { neighborhoods: [], planningDistricts: [], tracts: [] };
    const rebuilt = new GeoIndex(async () => current);
    expect(rebuilt.locate(0.5, 0.5)).toEqual({ neighborhoodId: null, planningDistrictId: null, tractGeoid: null });
    current = layers;
    await rebuilt.rebuild();
    expect(rebuilt.counts).toEqual({ neighborhoods: 3, planningDistricts: 2, tracts: 4 });
    expect(rebuilt.locate(0.5, 0.5).neighborhoodId).toBe("a");
  });

  it("lets the newest of two overlapping rebuilds win", async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const racing = new GeoIndex(async () => {
      calls += 1;
      if (calls === 1) {
        await slow;
        return { neighborhoods: [], planningDistricts: [], tracts: [] };
      }
      return layers;
    });
    const older = racing.rebuild();
    await racing.rebuild();
    release();
    await older;
    expect(racing.counts.neighborhoods).toBe(3);
  });

  it("refuses coordinates that are not numbers", () => {
    expect(() => index.locate(Number.NaN, 1)).toThrow(RangeError);
  });
});
