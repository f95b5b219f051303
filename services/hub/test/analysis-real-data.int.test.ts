import { readFile } from "node:fs/promises";
import path from "node:path";
import { Audience, Department, InitiativeStatus, SiteKind } from "@dlhub/schema";
import { queryOk , describeWithCityData } from "@dlhub/subgraph-kit/testing";
import type { FeatureCollection, Point } from "geojson";
import { type DataSource } from "typeorm";
import { Initiative } from "../src/catalog/initiative.entity.js";
import { Site } from "../src/catalog/site.entity.js";
import { Place } from "../src/places/place.entity.js";
import { geoIndexFromDatabase, geography } from "../src/geography/index.js";
import { DepartmentFeed } from "../src/sync/department-feed.entity.js";
import { initiativeRow, placeRow, uuid } from "./fixtures/analysis/catalog.js";
import { type AnalysisSubgraph, startAnalysisSubgraph } from "./fixtures/analysis/subgraph.js";

/** The City's open data, kept outside the repository; a clone without it skips this suite. */
const DATA = path.resolve(__dirname, "../../../../shared/data/phl");
const describeIfData = describeWithCityData(DATA);

const ROLLUPS = `{ neighborhoods { id initiativeCounts { count } sites { id } keyspotWorkstations keyspotWeeklyOpenHours publicComputers peopleServed } }`;

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
  const keyspots = JSON.parse(await readFile(path.join(DATA, "keyspots_2015_sco-tt.geojson"), "utf8")) as FeatureCollection<Point, { organization: string; cartodb_id: number }>;
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

  it("rolls up all 159 neighborhoods in the same statements as any other number, quickly", async () => {
    const placed = await hub.fixture.query<{ placed: number; neighborhoods: number }[]>(
      `SELECT count(neighborhood_id)::int AS placed, count(DISTINCT neighborhood_id)::int AS neighborhoods FROM catalog_site`,
    );
    const bare = await timed("neighborhoods { id } (159)", `{ neighborhoods { id } }`);
    const rollups = await timed<any>("neighborhood roll-ups (159)", ROLLUPS);
    expect(rollups.data.neighborhoods).toHaveLength(159);
    // Initiative counts, sites, people served, the places' computers, and the demo-rule probe.
    expect(rollups.statements).toBe(bare.statements + 5);
    const withSites = rollups.data.neighborhoods.filter((n: any) => n.sites.length > 0);
    expect(placed[0].placed).toBe(44);
    expect(withSites).toHaveLength(placed[0].neighborhoods);
    expect(withSites.reduce((total: number, n: any) => total + n.sites.length, 0)).toBe(44);
    expect(rollups.elapsed).toBeLessThan(2000);
  });

  it("ranks the 159 neighborhoods as coverage gaps in two statements, a page of at most 100", async () => {
    const gaps = await timed<any>("coverageGaps(limit: 100) (of 159)", `{ coverageGaps(limit: 100) { needBasis sites reasons } }`);
    expect(gaps.data.coverageGaps).toHaveLength(100);
    // The ranking and the demo-rule probe (demo-rule.ts).
    expect(gaps.statements).toBe(2);
    const [{ neighborhoods }] = await hub.fixture.query<{ neighborhoods: number }[]>(`SELECT count(DISTINCT neighborhood_id)::int AS neighborhoods FROM catalog_site`);
    const withoutKeyspot = gaps.data.coverageGaps.filter((g: any) => g.reasons.includes("no KEYSPOT site"));
    expect(withoutKeyspot.length).toBeGreaterThanOrEqual(100 - neighborhoods);
    expect(withoutKeyspot.length).toBeLessThanOrEqual(159 - neighborhoods);
    // No stored file carries tract indicators: every neighborhood is unmeasured, and says so.
    expect(gaps.data.coverageGaps.every((g: any) => g.needBasis === "POPULATION" && g.reasons[0] === "no census figures for its tracts")).toBe(true);
    timings.push(`neighborhoods with a KEYSPOT: ${neighborhoods}, without: ${withoutKeyspot.length}`);
  });
});
