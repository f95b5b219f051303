import { readFile } from "node:fs/promises";
import path from "node:path";
import { Audience, Department, InitiativeStatus, SiteKind } from "@dlhub/schema";
import { queryOk, describeWithCityData, Locator, readNeighborhoods, readPlanningDistricts } from "@dlhub/subgraph-kit/testing";
import type { FeatureCollection, Point } from "geojson";
import { type DataSource } from "typeorm";
import { Initiative } from "../src/catalog/initiative.entity.js";
import { Site } from "../src/catalog/site.entity.js";
import { Place } from "../src/places/place.entity.js";
import { geoIndexFromDatabase, geography } from "../src/geography/index.js";
import { DepartmentFeed } from "../src/sync/department-feed.entity.js";
import { initiativeRow, placeRow, uuid } from "./fixtures/analysis/catalog.js";
import { type AnalysisSubgraph, startAnalysisSubgraph } from "./fixtures/analysis/subgraph.js";
// The whole-hub suites' oracle: the City's raw boundaries and a point-in-polygon of its own.

/** The City's open data, kept outside the repository; a clone without it skips this suite. */
const DATA = path.resolve(__dirname, "../../../../shared/data/phl");
const describeIfData = describeWithCityData(DATA);

const ROLLUPS = `{ neighborhoods { name initiativeCounts { departmentId departmentName count } sites { id } keyspotWorkstations keyspotWeeklyOpenHours publicComputers peopleServed } }`;

type KeyspotFile = FeatureCollection<Point, { organization: string; cartodb_id: number }>;
const readKeyspots = async () => JSON.parse(await readFile(path.join(DATA, "keyspots_2015_sco-tt.geojson"), "utf8")) as KeyspotFile;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Where the oracle puts each of the 44 KEYSPOTs: neighborhood name → their site ids, from the raw
 * files alone, so the roll-ups are checked against something other than the hub's own GeoIndex.
 */
async function keyspotsByNeighborhood(): Promise<{ names: string[]; sites: Map<string, string[]> }> {
  const neighborhoods = readNeighborhoods(path.join(DATA, "philadelphia_neighborhoods.geojson"));
  const locator = new Locator({ planningDistricts: readPlanningDistricts(path.join(DATA, "planning_districts.geojson")), neighborhoods });
  const sites = new Map<string, string[]>();
  for (const { geometry, properties } of (await readKeyspots()).features) {
    const { neighborhood } = locator.locate(properties.organization, geometry.coordinates[0], geometry.coordinates[1]);
    sites.set(neighborhood, [...(sites.get(neighborhood) ?? []), `it:keyspot:${properties.cartodb_id}`].sort(byText));
  }
  expect(locator.ambiguous).toEqual([]);
  return { names: neighborhoods.map((n) => n.name).sort(byText), sites };
}

/**
 * The real boundaries (18 districts, 159 neighborhoods, 384 tracts) and the 44 KEYSPOTs of the
 * 2015 map as the sites of one IT initiative, placed by the geography's GeoIndex as the sync
 * places sites. The file has no workstation counts or hours, and no tract file has broadband
 * indicators, so this suite proves scale and placement, not the figures.
 */
async function fillWithCity(db: DataSource): Promise<void> {
  await geography.importers["planning-districts"].run(path.join(DATA, "planning_districts.geojson"), db);
  await geography.importers.neighborhoods.run(path.join(DATA, "philadelphia_neighborhoods.geojson"), db);
  await geography.importers.tracts.run(path.join(DATA, "census_tracts_2010.geojson"), db);
  const index = await geoIndexFromDatabase(db.manager);
  const keyspots = await readKeyspots();
  await db.getRepository(DepartmentFeed).insert({ name: "it", feedUrl: "http://it.test/initiative-feed" });
  await db.getRepository(Initiative).insert(initiativeRow(1, Department.IT, InitiativeStatus.ACTIVE, [Audience.GENERAL_PUBLIC], "2024-01-01", null));
  const sites = keyspots.features.map(
    ({ geometry: { coordinates: [longitude, latitude] }, properties }): Partial<Site> => ({
      initiativeId: uuid(1),
      siteId: `it:keyspot:${properties.cartodb_id}`,
      name: properties.organization,
      kind: SiteKind.KEYSPOT,
      latitude,
      longitude,
      ...index.locate(longitude, latitude),
    }),
  );
  await db.getRepository(Site).insert(sites);
  await db.getRepository(Place).insert(sites.map(placeRow));
}

describeIfData("the hub's analysis over the City's real geography", () => {
  let hub: AnalysisSubgraph;
  const timings: string[] = [];
  beforeAll(async () => {
    hub = await startAnalysisSubgraph(fillWithCity);
  });
  afterAll(async () => {
    if (timings.length > 0) console.info(timings.join("\n"));
    await hub?.stop();
  });

  const timed = async <T>(label: string, query: string, variables: Record<string, unknown> = {}) => {
    const before = hub.service.database.statements.count;
    const started = performance.now();
    const data = await queryOk<T>(hub.url, query, variables);
    const elapsed = Math.round(performance.now() - started);
    const statements = hub.service.database.statements.count - before;
    timings.push(`${label}: ${elapsed} ms, ${statements} statements`);
    return { data, statements, elapsed };
  };

  it("rolls up all 159 neighborhoods in the same statements as any other number, each as the raw files place the KEYSPOTs", async () => {
    const bare = await timed("neighborhoods { id } (159)", `{ neighborhoods { id } }`);
    const rollups = await timed<any>("neighborhood roll-ups (159)", ROLLUPS);
    // Initiative counts, sites, people served, the places' computers, and the demo-rule probe.
    expect(rollups.statements).toBe(bare.statements + 5);
    // The one IT initiative in every neighborhood with a KEYSPOT; the file states no computers or hours, and no outcome is reported.
    const oracle = await keyspotsByNeighborhood();
    const expected = oracle.names.map((name) => {
      const sites = oracle.sites.get(name) ?? [];
      return {
        name,
        // No registry names the department here: its name is its id.
        initiativeCounts: sites.length > 0 ? [{ departmentId: "it", departmentName: "it", count: 1 }] : [],
        sites,
        keyspotWorkstations: 0,
        keyspotWeeklyOpenHours: 0,
        publicComputers: 0,
        peopleServed: 0,
      };
    });
    const got = rollups.data.neighborhoods.map((n: any) => ({ ...n, sites: n.sites.map((s: any) => s.id).sort(byText) })).sort((a: any, b: any) => byText(a.name, b.name));
    expect(got).toEqual(expected);
    expect(expected).toHaveLength(159);
    expect(expected.reduce((total, n) => total + n.sites.length, 0)).toBe(44);
  });

  it("ranks the 159 neighborhoods as coverage gaps in two statements, a page of at most 100", async () => {
    const fields = `neighborhood { name } needBasis needHouseholds population sites keyspotSites initiativesForAudiences score reasons`;
    const gaps = await timed<any>("coverageGaps(limit: 100) (of 159)", `{ coverageGaps(limit: 100) { needBasis sites reasons } }`);
    expect(gaps.data.coverageGaps).toHaveLength(100);
    // The ranking and the demo-rule probe (demo-rule.ts).
    expect(gaps.statements).toBe(2);
    const pages = await queryOk<any>(hub.url, `{ first: coverageGaps(limit: 100) { ${fields} } rest: coverageGaps(limit: 100, offset: 100) { ${fields} } }`);
    // No stored file carries tract figures: every need is unmeasured and none has a population, so
    // every score is 0 and the ranking falls to the names; each open KEYSPOT is a place and the IT
    // initiative (ACTIVE, any audience) serves each neighborhood it has a site in.
    const oracle = await keyspotsByNeighborhood();
    const expected = oracle.names.map((name) => {
      const keyspots = oracle.sites.get(name)?.length ?? 0;
      return { name, needBasis: "POPULATION", needHouseholds: null, population: null, sites: keyspots, keyspotSites: keyspots, initiativesForAudiences: keyspots > 0 ? 1 : 0, score: 0, withoutKeyspot: keyspots === 0 };
    });
    const got = [...pages.first, ...pages.rest].map(({ neighborhood, reasons, ...gap }: any) => ({
      name: neighborhood.name,
      ...gap,
      withoutKeyspot: reasons.includes("no KEYSPOT site"),
    }));
    expect(got).toEqual(expected);
    expect(gaps.data.coverageGaps.every((g: any) => g.reasons[0] === "no census figures for its tracts")).toBe(true);
    timings.push(`neighborhoods with a KEYSPOT: ${oracle.sites.size}, without: ${expected.filter((g) => g.withoutKeyspot).length}`);
  });
});
