import { describeWithCityData } from "@dlhub/subgraph-kit/testing";
import { join } from "node:path";
import { REAL_DATA } from "../real-data-import";
import { OUTSIDE } from "@dlhub/subgraph-kit/testing";
import { computePlaceAnswers, readOracleInputs } from "./answers";
import { type AreaGeometry, type Ring, geometryContains, polygonContains } from "@dlhub/subgraph-kit/testing";
import { lonLatOf, readNeighborhoods, readPlanningDistricts } from "@dlhub/subgraph-kit/testing";

const square = (x0: number, y0: number, size: number, closed = true): Ring => {
  const ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size]];
  return closed ? [...ring, [x0, y0]] : ring;
};

describe("the oracle's point-in-polygon test", () => {
  it("tells inside from outside a square, closed or not, either winding", () => {
    for (const ring of [square(0, 0, 1), square(0, 0, 1, false), [...square(0, 0, 1)].reverse()]) {
      expect(polygonContains([ring], 0.5, 0.5)).toBe(true);
      expect(polygonContains([ring], 0.01, 0.99)).toBe(true);
      expect(polygonContains([ring], 1.5, 0.5)).toBe(false);
      expect(polygonContains([ring], -0.1, 0.5)).toBe(false);
      expect(polygonContains([ring], 0.5, 1.01)).toBe(false);
    }
  });

  it("leaves a hole out", () => {
    const withHole: AreaGeometry = { type: "Polygon", coordinates: [square(0, 0, 3), square(1, 1, 1)] };
    expect(geometryContains(withHole, 0.5, 0.5)).toBe(true);
    expect(geometryContains(withHole, 1.5, 1.5)).toBe(false);
    expect(geometryContains(withHole, 2.5, 1.5)).toBe(true);
  });

  it("counts a ray through a vertex once", () => {
    const diamond: Ring = [[0, -1], [1, 0], [0, 1], [-1, 0], [0, -1]];
    expect(polygonContains([diamond], 0, 0)).toBe(true);
    expect(polygonContains([diamond], -2, 0)).toBe(false);
    expect(polygonContains([diamond], 2, 0)).toBe(false);
  });

  it("keeps a concave outline's notch outside", () => {
    const u: Ring = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    expect(polygonContains([u], 1.5, 2)).toBe(false);
    expect(polygonContains([u], 0.5, 2)).toBe(true);
    expect(polygonContains([u], 2.5, 2)).toBe(true);
    expect(polygonContains([u], 1.5, 0.5)).toBe(true);
  });

  it("is inside a MultiPolygon when inside any of its parts, holes included", () => {
    const parts: AreaGeometry = { type: "MultiPolygon", coordinates: [[square(0, 0, 1)], [square(5, 5, 3), square(6, 6, 1)]] };
    expect(geometryContains(parts, 0.5, 0.5)).toBe(true);
    expect(geometryContains(parts, 5.5, 5.5)).toBe(true);
    expect(geometryContains(parts, 6.5, 6.5)).toBe(false);
    expect(geometryContains(parts, 3, 3)).toBe(false);
  });

  it("refuses what is not an area", () => {
    expect(() => geometryContains({ type: "Point", coordinates: [0, 0] } as unknown as AreaGeometry, 0, 0)).toThrow(/Polygon or MultiPolygon/);
  });

  it("converts Web Mercator metres to degrees and leaves degrees alone", () => {
    const cityHall = lonLatOf(-8367162.55, 4859056.63);
    expect(cityHall.longitude).toBeCloseTo(-75.1635, 4);
    expect(cityHall.latitude).toBeCloseTo(39.9526, 4);
    expect(lonLatOf(-75.16, 39.95)).toEqual({ longitude: -75.16, latitude: 39.95 });
  });
});

const describeIfData = describeWithCityData(REAL_DATA);

describeIfData("the oracle over the City's real boundaries", () => {
  const districts = () => readPlanningDistricts(join(REAL_DATA, "planning_districts.geojson"));
  const neighborhoods = () => readNeighborhoods(join(REAL_DATA, "philadelphia_neighborhoods.geojson"));
  const namesAt = (areas: ReturnType<typeof districts>, longitude: number, latitude: number) =>
    areas.filter((a) => geometryContains(a.geometry, longitude, latitude)).map((a) => a.name);

  it("reads 18 districts and 159 neighborhoods", () => {
    expect(districts()).toHaveLength(18);
    expect(neighborhoods()).toHaveLength(159);
  });

  it("places City Hall, the Logan branch and Camden", () => {
    expect(namesAt(districts(), -75.1635, 39.9526)).toEqual(["Central"]);
    expect(namesAt(neighborhoods(), -75.14533, 40.03178)).toEqual(["Logan"]);
    expect(namesAt(districts(), -75.12, 39.94)).toEqual([]);
    expect(namesAt(neighborhoods(), -75.12, 39.94)).toEqual([]);
  });

  it("places every KEYSPOT of the 2015 list in exactly one neighborhood and district", () => {
    const answers = computePlaceAnswers(
      readOracleInputs({
        planningDistricts: join(REAL_DATA, "planning_districts.geojson"),
        neighborhoods: join(REAL_DATA, "philadelphia_neighborhoods.geojson"),
        keyspots: join(REAL_DATA, "keyspots_2015_sco-tt.geojson"),
        libraryLocations: join(REAL_DATA, "free_library_locations_2014.csv"),
        programSites: join(__dirname, "../../../parks/test/fixtures/ppr_program_sites.csv"),
      }),
    );
    expect(Object.values(answers.keyspotsPerDistrict).reduce((a, b) => a + b, 0)).toBe(44);
    expect(answers.keyspotsPerDistrict[OUTSIDE]).toBeUndefined();
    expect(answers.ambiguous).toEqual([]);
  });
});
