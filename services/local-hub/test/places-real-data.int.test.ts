import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { queryOk } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { waitFor } from "./catalog-compare";
import {
  type Counts,
  type ExpectedPlaceFields,
  type OracleInputs,
  type PlaceAnswers,
  OUTSIDE,
  computePlaceAnswers,
  countBy,
  countsOf,
  expectedKeyspotFields,
  expectedLibraryFields,
  readOracleInputs,
} from "./oracle/answers";
import { REAL_DATA, REAL_FILES, importInto } from "./real-data-import";
import { type TestHub, startTestHub } from "./start-test-hub";

const SERVICES = resolve(__dirname, "../..");
const PPR_CITY_FIXTURE = join(SERVICES, "parks/test/fixtures/ppr_program_sites_city.csv");

/**
 * The files imported, kind → path, boundaries first. The City's files when they are here; without
 * them, the small hand-written fixtures in the same formats, so a laptop still runs every
 * assertion. Under CI the City's files are required: a silent fall-back would prove nothing.
 */
function chooseFiles(): { label: string; files: [kind: string, file: string][] } {
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

const { label, files } = chooseFiles();
const fileOf = (kind: string) => (files.find(([k]) => k === kind) as [string, string])[1];

interface AreaName {
  name: string;
}

interface PlaceNode {
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

interface PlaceCount {
  department: string;
  kind: string;
  status: string;
  count: number;
}

interface PlacePages {
  nodes: PlaceNode[];
  includesDemo: boolean;
}

const PLACE_FIELDS = `id department kind typeCode status name address latitude longitude sourceDataset isDemo neighborhood { name } planningDistrict { name }`;

/** Every place matching `filter`, 100 a page; checks that the pages add up to totalCount. */
async function allPlaces(url: string, filter: Record<string, unknown>): Promise<PlacePages> {
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

const districtOf = (place: PlaceNode) => place.planningDistrict?.name ?? OUTSIDE;
const neighborhoodOf = (place: PlaceNode) => place.neighborhood?.name ?? OUTSIDE;
const withoutOutside = (counts: Counts) => countsOf(Object.entries(counts).filter(([key]) => key !== OUTSIDE));

/** Per area, the sum of its placeCounts that `keep` accepts; areas with none left out. */
const areaCounts = (areas: (AreaName & { placeCounts: PlaceCount[] })[], keep: (c: PlaceCount) => boolean) =>
  countsOf(areas.flatMap((a) => a.placeCounts.filter(keep).map((c) => [a.name, c.count] as const)));

/** A compact got-vs-oracle table in the test output, so the numbers can be quoted. */
function report(title: string, got: Counts, oracle: Counts): void {
  const keys = [...new Set([...Object.keys(got), ...Object.keys(oracle)])].sort();
  const width = Math.max(8, ...keys.map((k) => k.length));
  const lines = keys.map((k) => `${k.padEnd(width)} ${String(got[k] ?? 0).padStart(4)} ${String(oracle[k] ?? 0).padStart(6)}${(got[k] ?? 0) === (oracle[k] ?? 0) ? "" : "  ✗"}`);
  console.log(`${title} [${label}]\n${"".padEnd(width)}  got oracle\n${lines.join("\n")}`);
}

/** The same for a list of names: the counts, the names, and any name on one side only. */
function reportNames(title: string, got: string[], oracle: string[]): void {
  const onlyGot = got.filter((n) => !oracle.includes(n));
  const onlyOracle = oracle.filter((n) => !got.includes(n));
  const diff = onlyGot.length + onlyOracle.length === 0 ? "same" : `✗ only got: ${onlyGot.join("; ") || "-"} | only oracle: ${onlyOracle.join("; ") || "-"}`;
  console.log(`${title} [${label}]: got ${got.length}, oracle ${oracle.length}, ${diff}\n  ${oracle.join("; ")}`);
}

/** The fields of a place compared with its source row; coordinates to 1e-9 degrees. */
const comparable = (p: ExpectedPlaceFields | PlaceNode) => ({
  name: p.name,
  address: p.address,
  latitude: p.latitude === null ? null : Number(p.latitude.toFixed(9)),
  longitude: p.longitude === null ? null : Number(p.longitude.toFixed(9)),
  status: p.status,
  typeCode: p.typeCode,
  sourceDataset: p.sourceDataset,
});

interface ImportedHub {
  hub: TestHub;
  inputs: OracleInputs;
  oracle: PlaceAnswers;
  ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** A hub (with or without demo data) with every file imported and every place feed applied. */
function importedHub(seed: boolean): ImportedHub {
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
    await waitFor(() => feedsCaughtUp(setup.hub), 30_000, "the hub to apply every department's initiative and place changes");
    if (setup.oracle.ambiguous.length > 0) console.log(`points inside two shapes of a layer:\n${setup.oracle.ambiguous.join("\n")}`);
  }, 240_000);
  afterAll(() => setup.hub?.stop());
  return setup;
}

/** Questions a–e, asked the same way of a hub with demo data and of one without. */
function placeQuestions(setup: ImportedHub): void {
  it("a. KEYSPOT places per planning district and per site type", async () => {
    const { nodes } = await allPlaces(setup.hub.gatewayUrl, { kinds: ["KEYSPOT"] });
    const perDistrict = countBy(nodes, districtOf);
    report("KEYSPOT places per planning district (places)", perDistrict, setup.oracle.keyspotsPerDistrict);
    expect(perDistrict).toEqual(setup.oracle.keyspotsPerDistrict);

    const data = await setup.ask(`{ planningDistricts { name placeCounts { department kind status count } } }`);
    const counted = areaCounts(data.planningDistricts, (c) => c.kind === "KEYSPOT");
    report("KEYSPOT places per planning district (placeCounts)", counted, withoutOutside(setup.oracle.keyspotsPerDistrict));
    expect(counted).toEqual(withoutOutside(setup.oracle.keyspotsPerDistrict));

    const perType = countBy(nodes, (p) => p.typeCode ?? "null");
    report("KEYSPOT places per typeCode", perType, setup.oracle.keyspotsPerTypeCode);
    expect(perType).toEqual(setup.oracle.keyspotsPerTypeCode);
  });

  it("b. open library branches per planning district", async () => {
    const { nodes } = await allPlaces(setup.hub.gatewayUrl, { kinds: ["LIBRARY_BRANCH"], statuses: ["OPEN"] });
    const perDistrict = countBy(nodes, districtOf);
    report("open library branches per planning district (places)", perDistrict, setup.oracle.openBranchesPerDistrict);
    expect(perDistrict).toEqual(setup.oracle.openBranchesPerDistrict);

    const data = await setup.ask(`{ planningDistricts { name placeCounts { department kind status count } } }`);
    const counted = areaCounts(data.planningDistricts, (c) => c.kind === "LIBRARY_BRANCH" && c.status === "OPEN");
    expect(counted).toEqual(withoutOutside(setup.oracle.openBranchesPerDistrict));
  });

  it("c. neighborhoods with a KEYSPOT", async () => {
    const data = await setup.ask(`{ neighborhoods { name placeCounts { kind count } } }`);
    const names = Object.keys(areaCounts(data.neighborhoods, (c) => c.kind === "KEYSPOT"));
    reportNames("neighborhoods with a KEYSPOT", names, setup.oracle.neighborhoodsWithKeyspot);
    expect(names).toEqual(setup.oracle.neighborhoodsWithKeyspot);
  });

  it("d. neighborhoods with an open library branch but no KEYSPOT", async () => {
    const data = await setup.ask(`{ neighborhoods { name placeCounts { kind status count } } }`);
    const keyspots = areaCounts(data.neighborhoods, (c) => c.kind === "KEYSPOT");
    const branches = areaCounts(data.neighborhoods, (c) => c.kind === "LIBRARY_BRANCH" && c.status === "OPEN");
    const names = Object.keys(branches).filter((name) => !(name in keyspots));
    reportNames("neighborhoods with an open branch and no KEYSPOT", names, setup.oracle.neighborhoodsWithOpenBranchNoKeyspot);
    expect(names).toEqual(setup.oracle.neighborhoodsWithOpenBranchNoKeyspot);
  });

  it("e. every PPR site in the oracle's district and neighborhood, typed by its PROGRAM_TYPE", async () => {
    const { nodes } = await allPlaces(setup.hub.gatewayUrl, { departments: ["PARKS"] });
    const byId = new Map(nodes.map((p) => [p.id, p]));
    const got = setup.oracle.programSites.map((site) => {
      const place = byId.get(`parks:recreation_center:${site.assetId}`);
      return { assetId: site.assetId, typeCode: place?.typeCode, district: place && districtOf(place), neighborhood: place && neighborhoodOf(place) };
    });
    const expected = setup.oracle.programSites.map((s) => ({ assetId: s.assetId, typeCode: s.typeCode, district: s.district, neighborhood: s.neighborhood }));
    const wrong = got.filter((g, i) => JSON.stringify(g) !== JSON.stringify(expected[i]));
    console.log(`PPR sites [${label}]: ${got.length - wrong.length} of ${got.length} placed as the oracle says${wrong.map((w) => `\n  ✗ ${JSON.stringify(w)}`).join("")}`);
    report("PPR sites per planning district", countBy(got, (g) => g.district ?? "missing"), countBy(expected, (e) => e.district));
    expect(got).toEqual(expected);
  });
}

describe(`places over ${label}, with demo data`, () => {
  const setup = importedHub(true);
  placeQuestions(setup);

  it("f. leaves demo places out by default, and includeDemo brings back only kinds nothing real replaced", async () => {
    const real = await allPlaces(setup.hub.gatewayUrl, {});
    expect(real.includesDemo).toBe(false);
    expect(real.nodes.filter((p) => p.isDemo)).toEqual([]);

    const all = await allPlaces(setup.hub.gatewayUrl, { includeDemo: true });
    const demo = all.nodes.filter((p) => p.isDemo);
    const realKinds = new Set(real.nodes.map((p) => `${p.department} ${p.kind}`));
    const demoKinds = countBy(demo, (p) => `${p.department} ${p.kind}`);
    console.log(`demo places with includeDemo: true [${label}]: ${JSON.stringify(demoKinds)}`);
    expect(all.includesDemo).toBe(true);
    expect(demo.length).toBeGreaterThan(0);
    expect(Object.keys(demoKinds).filter((kind) => realKinds.has(kind))).toEqual([]);
    expect(all.nodes.length).toBe(real.nodes.length + demo.length);
  });

  it("g. every real KEYSPOT and library branch says what its source row says", async () => {
    const keyspots = (await allPlaces(setup.hub.gatewayUrl, { kinds: ["KEYSPOT"] })).nodes;
    const keyspotFile = basename(fileOf("keyspots"));
    const expectedKeyspots = setup.inputs.keyspots.map((row) => comparable(expectedKeyspotFields(row, keyspotFile)));
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    expect(keyspots.map(comparable).sort(byName)).toEqual(expectedKeyspots.sort(byName));

    const branches = new Map((await allPlaces(setup.hub.gatewayUrl, { kinds: ["LIBRARY_BRANCH"] })).nodes.map((p) => [p.id, p]));
    const libraryFile = basename(fileOf("library-branches"));
    const got = setup.inputs.libraryLocations.map((row) => {
      const place = branches.get(`libraries:library_branch:${row.code}`);
      return place ? comparable(place) : `no place libraries:library_branch:${row.code}`;
    });
    expect(got).toEqual(setup.inputs.libraryLocations.map((row) => comparable(expectedLibraryFields(row, libraryFile))));
    expect(branches.size).toBe(setup.inputs.libraryLocations.length);
    console.log(`fields of ${keyspots.length} KEYSPOT and ${branches.size} library places compared with their rows [${label}]`);
  });
});

describe(`places over ${label}, without demo data`, () => {
  const setup = importedHub(false);
  placeQuestions(setup);

  it("holds no demo place even when asked to include them", async () => {
    const all = await allPlaces(setup.hub.gatewayUrl, { includeDemo: true });
    expect(all.nodes.filter((p) => p.isDemo)).toEqual([]);
  });
});
