import path from "node:path";
import { type DepartmentDefinition } from "@dlhub/subgraph-kit";
import { countStatements, describeWithCityData, queryOk, startTestSubgraph, statementsOf, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { geography } from "../src/geography/index.js";
import { type AreaGeometry, approximateAreaSquareMeters } from "../src/geography/geometry.js";

/** The City's open data, kept outside the repository; a clone without it skips the real-data suite. */
const DATA = path.resolve(__dirname, "../../../../shared/data/phl");
const describeIfData = describeWithCityData(DATA);

const geographyOnly = (name: string): DepartmentDefinition => ({
  name,
  entities: geography.entities,
  migrations: geography.migrations,
  resolvers: geography.resolvers,
  referenceResolvers: geography.referenceResolvers,
  seed: geography.seedDemoGeography,
});

/** What a map library needs: a Polygon or MultiPolygon of closed rings, 5-decimal WGS84 positions inside Philadelphia's box. */
function expectDrawable(boundary: AreaGeometry): void {
  expect(Object.keys(boundary).sort()).toEqual(["coordinates", "type"]);
  expect(["Polygon", "MultiPolygon"]).toContain(boundary.type);
  const polygons = boundary.type === "Polygon" ? [boundary.coordinates] : boundary.coordinates;
  expect(polygons.length).toBeGreaterThan(0);
  for (const ring of polygons.flat()) {
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(ring[ring.length - 1]).toEqual(ring[0]);
    for (const position of ring) {
      expect(position).toHaveLength(2);
      const [longitude, latitude] = position;
      expect(longitude).toBeGreaterThan(-75.3);
      expect(longitude).toBeLessThan(-74.95);
      expect(latitude).toBeGreaterThan(39.86);
      expect(latitude).toBeLessThan(40.14);
      for (const value of position) expect(Math.abs(value * 1e5 - Math.round(value * 1e5))).toBeLessThan(1e-6);
    }
  }
}

/** One query's answer and the statements it cost. */
function statementCounter(subgraph: () => TestSubgraph) {
  return async <T>(query: string): Promise<{ data: T; statements: number }> => {
    const { answer, statements } = await countStatements(statementsOf(subgraph()), () => queryOk<T>(subgraph().url, query));
    return { data: answer, statements };
  };
}

type Areas = Record<string, { id: string; boundary: AreaGeometry }[]>;

describe("boundaries for drawing (demo geography)", () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(geographyOnly("hub-boundary-demo"));
  });
  afterAll(() => subgraph?.stop());
  const measure = statementCounter(() => subgraph);

  it("reads every boundary of a layer in one statement, for three areas as for all of them", async () => {
    const three = await measure<Record<string, { boundary: AreaGeometry }>>(
      `{ a: neighborhood(id: "logan") { boundary } b: neighborhood(id: "tioga") { boundary } c: neighborhood(id: "whitman") { boundary } }`,
    );
    const all = await measure<Areas>(`{ neighborhoods { id boundary } }`);
    expect(all.data.neighborhoods).toHaveLength(9);
    expect(three.statements).toBe(2);
    expect(all.statements).toBe(three.statements);
    for (const { boundary } of [...Object.values(three.data), ...all.data.neighborhoods]) expectDrawable(boundary);
  });

  it("draws districts and their neighborhoods with one statement per layer", async () => {
    const { data, statements } = await measure<{ planningDistricts: { boundary: AreaGeometry; neighborhoods: { boundary: AreaGeometry }[] }[] }>(
      `{ planningDistricts { boundary neighborhoods { boundary } } }`,
    );
    expect(data.planningDistricts).toHaveLength(3);
    // districts, their neighborhoods, the districts' boundaries, the neighborhoods' boundaries
    expect(statements).toBe(4);
    for (const district of data.planningDistricts) {
      expectDrawable(district.boundary);
      for (const neighborhood of district.neighborhoods) expectDrawable(neighborhood.boundary);
    }
  });
});

describeIfData("boundaries for drawing (the City's files)", () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(geographyOnly("hub-boundary-real"), { seed: false });
    const { dataSource } = subgraph.service.database;
    await geography.importers["planning-districts"].run(path.join(DATA, "planning_districts.geojson"), dataSource);
    await geography.importers.neighborhoods.run(path.join(DATA, "philadelphia_neighborhoods.geojson"), dataSource);
  });
  afterAll(() => subgraph?.stop());
  const measure = statementCounter(() => subgraph);

  it("draws all 159 neighborhoods and 18 districts in well under 300 kB, with one statement per layer", async () => {
    const three = await measure(`{ a: neighborhood(id: "logan") { boundary } b: neighborhood(id: "east-falls") { boundary } c: neighborhood(id: "bridesburg") { boundary } }`);
    const all = await measure<Areas>(`{ neighborhoods { id boundary } planningDistricts { id boundary } }`);
    expect(all.data.neighborhoods).toHaveLength(159);
    expect(all.data.planningDistricts).toHaveLength(18);
    expect(three.statements).toBe(2);
    expect(all.statements).toBe(4);

    const neighborhoodBytes = JSON.stringify(all.data.neighborhoods.map(({ boundary }) => boundary)).length;
    const districtBytes = JSON.stringify(all.data.planningDistricts.map(({ boundary }) => boundary)).length;
    console.info(`boundaries: 159 neighborhoods ${neighborhoodBytes} bytes, 18 districts ${districtBytes} bytes of JSON`);
    expect(neighborhoodBytes).toBeLessThan(150_000);
    expect(districtBytes).toBeLessThan(100_000);
  });

  it("keeps every drawn shape valid and within 1% of the area of the City's full outline", async () => {
    const { neighborhoods } = await queryOk<Areas>(subgraph.url, `{ neighborhoods { id boundary } }`);
    const stored: { id: string; geometry: AreaGeometry }[] = await subgraph.service.database.dataSource.query(`SELECT id, geometry FROM neighborhood`);
    const fullArea = new Map(stored.map(({ id, geometry }) => [id, approximateAreaSquareMeters(geometry)]));
    for (const { id, boundary } of neighborhoods) {
      expectDrawable(boundary);
      const ratio = approximateAreaSquareMeters(boundary) / (fullArea.get(id) as number);
      expect({ id, within1Percent: Math.abs(ratio - 1) < 0.01 }).toEqual({ id, within1Percent: true });
    }
  });
});
