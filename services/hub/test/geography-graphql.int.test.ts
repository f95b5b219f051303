import { type DepartmentDefinition } from "@dlhub/subgraph-kit";
import { countStatements, queryOk, startTestSubgraph, statementsOf, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { geography, geoIndexFromDatabase } from "../src/geography/index.js";
import { layerCounts } from "./geography-database.js";

/** A subgraph of the geography alone, seeded with the demo shapes. */
const hubGeoTest: DepartmentDefinition = {
  name: "hub-geo-test",
  entities: geography.entities,
  migrations: geography.migrations,
  resolvers: geography.resolvers,
  referenceResolvers: geography.referenceResolvers,
  seed: geography.seedDemoGeography,
};

describe("the geography GraphQL fields (demo geography)", () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(hubGeoTest);
  });
  afterAll(() => subgraph?.stop());

  const statementsDuring = <T>(run: () => Promise<T>) => countStatements(statementsOf(subgraph), run);

  it("seeds 9 demo neighborhoods, 3 districts and 12 tracts, idempotently", async () => {
    const dataSource = subgraph.service.database.dataSource;
    expect(await layerCounts(dataSource)).toEqual({ neighborhoods: 9, districts: 3, tracts: 12 });
    await geography.seedDemoGeography(dataSource);
    expect(await layerCounts(dataSource)).toEqual({ neighborhoods: 9, districts: 3, tracts: 12 });
  });

  it("places every demo site in its demo neighborhood", async () => {
    const index = await geoIndexFromDatabase(subgraph.service.database.dataSource.manager);
    const sites: [number, number, string][] = [
      [40.0318, -75.1453, "logan"],
      [39.9847, -75.1327, "kensington-west"],
      [40.01, -75.1513, "tioga"],
      [39.9967, -75.1776, "strawberry-mansion"],
      [39.9458, -75.2415, "cobbs-creek"],
      [39.9216, -75.1503, "whitman"],
      [40.0238, -75.165, "germantown-southwest"],
      [39.9431, -75.2155, "kingsessing"],
      [39.951, -75.16, "washington-square-west"],
    ];
    for (const [latitude, longitude, id] of sites) {
      const location = index.locate(longitude, latitude);
      expect(location.neighborhoodId).toBe(id);
      expect(location.planningDistrictId).not.toBeNull();
      expect(location.tractGeoid).not.toBeNull();
    }
  });

  it("serves a neighborhood with its district, tracts and household-weighted internet share", async () => {
    const data = await queryOk<any>(
      subgraph.url,
      `{ neighborhood(id: "logan") { id name mapName isDemo latitude longitude areaSquareMeters
           planningDistrict { id name number isDemo }
           tracts { geoid name households population broadbandSubscriptionShare indicatorSource indicatorIsDemo neighborhood { id } }
           internetSubscriptionShare population households } }`,
    );
    const logan = data.neighborhood;
    expect(logan).toMatchObject({ id: "logan", name: "Logan", isDemo: true, planningDistrict: { id: "north-demo", number: 91, isDemo: true } });
    expect(logan.tracts.map((t: { geoid: string }) => t.geoid)).toEqual(["42101028100", "42101028200"]);
    expect(logan.tracts[0]).toMatchObject({ name: "281", indicatorSource: "DL Hub demo data", indicatorIsDemo: true, neighborhood: { id: "logan" } });
    // (1480 × 0.61 + 1630 × 0.58) / (1480 + 1630)
    expect(logan.internetSubscriptionShare).toBeCloseTo((1480 * 0.61 + 1630 * 0.58) / 3110, 10);
    expect(logan).toMatchObject({ households: 3110, population: 8690 });
    expect(logan.areaSquareMeters).toBeGreaterThan(1_000_000);
  });

  it("lists districts with their neighborhoods in one statement per relation, however many rows", async () => {
    const { answer: result, statements } = await statementsDuring(() =>
      queryOk<any>(subgraph.url, `{ planningDistricts { id name neighborhoods { id planningDistrict { id } internetSubscriptionShare households tracts { geoid } } } }`),
    );
    expect(result.planningDistricts.map((d: { id: string }) => d.id)).toEqual(["north-demo", "west-demo", "center-south-demo"]);
    const north = result.planningDistricts[0];
    expect(north.neighborhoods.map((n: { id: string }) => n.id)).toEqual(["germantown-southwest", "kensington-west", "logan", "strawberry-mansion", "tioga"]);
    expect(north.neighborhoods.every((n: { planningDistrict: { id: string } }) => n.planningDistrict.id === "north-demo")).toBe(true);
    expect(result.planningDistricts.flatMap((d: { neighborhoods: unknown[] }) => d.neighborhoods)).toHaveLength(9);
    // Districts, neighborhoods by district, district by id, tract totals, tracts.
    expect(statements).toBe(5);
  });

  it("filters neighborhoods by district", async () => {
    const data = await queryOk<any>(subgraph.url, `{ west: neighborhoods(planningDistrictId: "west-demo") { id } all: neighborhoods { id } none: neighborhoods(planningDistrictId: "nowhere") { id } }`);
    expect(data.west.map((n: { id: string }) => n.id)).toEqual(["cobbs-creek", "kingsessing"]);
    expect(data.all).toHaveLength(9);
    expect(data.none).toEqual([]);
  });

  it("answers null for unknown ids and for a neighborhood without indicator-bearing tracts", async () => {
    const data = await queryOk<any>(
      subgraph.url,
      `{ neighborhood(id: "nowhere") { id } planningDistrict(id: "nowhere") { id } censusTract(geoid: "42101999999") { geoid }
         tract: censusTract(geoid: "42101000500") { geoid name landAreaSqm broadbandSubscriptionShare neighborhood { id name } } }`,
    );
    expect(data).toMatchObject({ neighborhood: null, planningDistrict: null, censusTract: null });
    expect(data.tract).toMatchObject({ geoid: "42101000500", name: "5", broadbandSubscriptionShare: 0.9, neighborhood: { id: "washington-square-west" } });
  });

  it("resolves references to all three entity types, one statement per type however many are asked for", async () => {
    const representations = [
      { __typename: "Neighborhood", id: "logan" },
      { __typename: "Neighborhood", id: "whitman" },
      { __typename: "Neighborhood", id: "nope" },
      { __typename: "PlanningDistrict", id: "west-demo" },
      { __typename: "CensusTract", geoid: "42101007400" },
      { __typename: "CensusTract", geoid: "42101024400" },
    ];
    const { answer: result, statements } = await statementsDuring(() =>
      queryOk<any>(
        subgraph.url,
        `query($r: [_Any!]!) { _entities(representations: $r) {
           ... on Neighborhood { name } ... on PlanningDistrict { name } ... on CensusTract { geoid neighborhood { id } } } }`,
        { r: representations },
      ),
    );
    expect(result._entities).toEqual([
      { name: "Logan" },
      { name: "Whitman" },
      null,
      { name: "West and Southwest (demo)" },
      { geoid: "42101007400", neighborhood: { id: "kingsessing" } },
      { geoid: "42101024400", neighborhood: { id: "germantown-southwest" } },
    ]);
    // neighborhoods, districts, tracts, then the tracts' neighborhoods.
    expect(statements).toBe(4);
  });

  it("keeps geometry and bounding boxes out of the schema", async () => {
    const data = await queryOk<any>(subgraph.url, `{ __type(name: "Neighborhood") { fields { name } } }`);
    const fields = data.__type.fields.map((f: { name: string }) => f.name);
    expect(fields).not.toContain("geometry");
    expect(fields).not.toContain("minLongitude");
    expect(fields).toEqual(expect.arrayContaining(["id", "name", "mapName", "latitude", "longitude", "areaSquareMeters", "isDemo", "planningDistrict", "tracts", "internetSubscriptionShare", "population", "households"]));
  });
});
