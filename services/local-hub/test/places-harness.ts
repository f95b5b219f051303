import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { OUTSIDE, queryOk, waitFor } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp } from "../src/bench/catch-up";
import {
  type Counts,
  type ExpectedPlaceFields,
  type OracleInputs,
  type PlaceAnswers,
  computePlaceAnswers,
  countsOf,
  readOracleInputs,
} from "./oracle/answers";
import { REAL_DATA, REAL_FILES, importInto } from "./real-data-import";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * What the places acceptance test (places-real-data.int.test.ts) stands on: which files it
 * imports, a hub with them imported and applied, paging through every place, and the tables of
 * got-vs-oracle figures it prints.
 */

export const SERVICES = resolve(__dirname, "../..");
export const PPR_CITY_FIXTURE = join(SERVICES, "parks/test/fixtures/ppr_program_sites_city.csv");

/**
 * The files imported, kind → path, boundaries first. The City's files when they are here; without
 * them, the small hand-written fixtures in the same formats, so a laptop still runs every
 * assertion. Under CI the City's files are required: a silent fall-back would prove nothing.
 */
export function chooseFiles(): { label: string; files: [kind: string, file: string][] } {
  if (existsSync(REAL_DATA)) {
    return { label: "the City's files", files: [...REAL_FILES.map(([kind, file]): [string, string] => [kind, join(REAL_DATA, file)]), ["recreation-centers", PPR_CITY_FIXTURE]] };
  }
  if (process.env.CI === "true") throw new Error(`CI=true and ${REAL_DATA} is missing: the places acceptance test must run on the City's files`);
  return {
    label: "the hand-written fixtures",
    files: [
      ["planning-districts", join(SERVICES, "hub/test/fixtures/geo/planning_districts.geojson")],
      ["neighborhoods", join(SERVICES, "hub/test/fixtures/geo/philadelphia_neighborhoods.geojson")],
      ["tracts", join(SERVICES, "hub/test/fixtures/geo/census_tracts_2010.geojson")],
      ["keyspots", join(SERVICES, "it/test/fixtures/keyspots_2015.geojson")],
      ["library-branches", join(SERVICES, "libraries/test/fixtures/free_library_locations.csv")],
      ["grants", join(SERVICES, "it/test/fixtures/grants.csv")],
      ["recreation-centers", join(SERVICES, "parks/test/fixtures/ppr_program_sites.csv")],
    ],
  };
}

export const { label, files } = chooseFiles();
export const fileOf = (kind: string) => (files.find(([k]) => k === kind) as [string, string])[1];

export interface AreaName {
  name: string;
}

export interface PlaceNode {
  id: string;
  department: string;
  kind: string;
  typeCode: string | null;
  status: string;
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  sourceDataset: string | null;
  isDemo: boolean;
  neighborhood: AreaName | null;
  planningDistrict: AreaName | null;
}

export interface PlaceCount {
  department: string;
  kind: string;
  status: string;
  count: number;
}

export interface PlacePages {
  nodes: PlaceNode[];
  includesDemo: boolean;
}

export const PLACE_FIELDS = `id department kind typeCode status name address latitude longitude sourceDataset isDemo neighborhood { name } planningDistrict { name }`;

/** Every place matching `filter`, 100 a page; checks that the pages add up to totalCount. */
export async function allPlaces(url: string, filter: Record<string, unknown>): Promise<PlacePages> {
  const nodes: PlaceNode[] = [];
  let after: string | null = null;
  for (;;) {
    const { places }: { places: PlacePages & { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await queryOk(
      url,
      `query($filter: PlaceFilter, $after: String) { places(filter: $filter, first: 100, after: $after) {
        nodes { ${PLACE_FIELDS} } pageInfo { hasNextPage endCursor } totalCount includesDemo } }`,
      { filter, after },
    );
    nodes.push(...places.nodes);
    if (!places.pageInfo.hasNextPage) {
      expect(nodes).toHaveLength(places.totalCount);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      return { nodes, includesDemo: places.includesDemo };
    }
    after = places.pageInfo.endCursor;
  }
}

export const districtOf = (place: PlaceNode) => place.planningDistrict?.name ?? OUTSIDE;
export const neighborhoodOf = (place: PlaceNode) => place.neighborhood?.name ?? OUTSIDE;
export const withoutOutside = (counts: Counts) => countsOf(Object.entries(counts).filter(([key]) => key !== OUTSIDE));

/** Per area, the sum of its placeCounts that `keep` accepts; areas with none left out. */
export const areaCounts = (areas: (AreaName & { placeCounts: PlaceCount[] })[], keep: (c: PlaceCount) => boolean) =>
  countsOf(areas.flatMap((a) => a.placeCounts.filter(keep).map((c) => [a.name, c.count] as const)));

/** A compact got-vs-oracle table in the test output, so the numbers can be quoted. */
export function report(title: string, got: Counts, oracle: Counts): void {
  const keys = [...new Set([...Object.keys(got), ...Object.keys(oracle)])].sort();
  const width = Math.max(8, ...keys.map((k) => k.length));
  const lines = keys.map((k) => `${k.padEnd(width)} ${String(got[k] ?? 0).padStart(4)} ${String(oracle[k] ?? 0).padStart(6)}${(got[k] ?? 0) === (oracle[k] ?? 0) ? "" : "  ✗"}`);
  console.log(`${title} [${label}]\n${"".padEnd(width)}  got oracle\n${lines.join("\n")}`);
}

/** The same for a list of names: the counts, the names, and any name on one side only. */
export function reportNames(title: string, got: string[], oracle: string[]): void {
  const onlyGot = got.filter((n) => !oracle.includes(n));
  const onlyOracle = oracle.filter((n) => !got.includes(n));
  const diff = onlyGot.length + onlyOracle.length === 0 ? "same" : `✗ only got: ${onlyGot.join("; ") || "-"} | only oracle: ${onlyOracle.join("; ") || "-"}`;
  console.log(`${title} [${label}]: got ${got.length}, oracle ${oracle.length}, ${diff}\n  ${oracle.join("; ")}`);
}

/** The fields of a place compared with its source row; coordinates to 1e-9 degrees. */
export const comparable = (p: ExpectedPlaceFields | PlaceNode) => ({
  name: p.name,
  address: p.address,
  latitude: p.latitude === null ? null : Number(p.latitude.toFixed(9)),
  longitude: p.longitude === null ? null : Number(p.longitude.toFixed(9)),
  status: p.status,
  typeCode: p.typeCode,
  sourceDataset: p.sourceDataset,
});

export interface ImportedHub {
  hub: TestHub;
  inputs: OracleInputs;
  oracle: PlaceAnswers;
  ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** A hub (with or without demo data) with every file imported and every place feed applied. */
export function importedHub(seed: boolean): ImportedHub {
  const setup = {
    ask: (query: string, variables: Record<string, unknown> = {}) => queryOk<any>(setup.hub.gatewayUrl, query, variables),
  } as ImportedHub;
  beforeAll(async () => {
    const ppr = fileOf("recreation-centers");
    if (!existsSync(ppr)) throw new Error(`${ppr} is missing: the PPR Program Sites fixture (import kind recreation-centers) must be in the repo`);
    setup.inputs = readOracleInputs({
      planningDistricts: fileOf("planning-districts"),
      neighborhoods: fileOf("neighborhoods"),
      keyspots: fileOf("keyspots"),
      libraryLocations: fileOf("library-branches"),
      programSites: fileOf("recreation-centers"),
    });
    setup.oracle = computePlaceAnswers(setup.inputs);
    setup.hub = await startTestHub({ seed });
    for (const [kind, file] of files) await importInto(setup.hub.subgraphs, kind, file);
    // The imports change places as well as initiatives: wait until the hub has applied both logs.
    await waitFor(() => feedsCaughtUp(setup.hub), "the hub to apply every department's initiative and place changes", { timeoutMs: 60_000 });
    if (setup.oracle.ambiguous.length > 0) console.log(`points inside two shapes of a layer:\n${setup.oracle.ambiguous.join("\n")}`);
  }, 240_000);
  afterAll(() => setup.hub?.stop());
  return setup;
}
