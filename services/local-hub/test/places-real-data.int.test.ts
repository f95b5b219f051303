import { basename } from "node:path";
import { queryOk } from "@dlhub/subgraph-kit/testing";
import { OUTSIDE } from "@dlhub/subgraph-kit/testing";
import { countBy, expectedKeyspotFields, expectedLibraryFields } from "./oracle/answers";
import {
  type ImportedHub,
  allPlaces,
  areaCounts,
  comparable,
  districtOf,
  fileOf,
  importedHub,
  label,
  neighborhoodOf,
  report,
  reportNames,
  withoutOutside,
} from "./places-harness";

/**
 * The coordinator's first questions about places, through the gateway, after importing the City's
 * files (or, away from CI, the hand-written fixtures in the same formats), each equal to an
 * independent point-in-polygon computed straight from the raw files (./oracle).
 */
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
    expect(Object.keys(withoutOutside(setup.oracle.keyspotsPerDistrict)).length).toBeGreaterThan(0);
  });

  it("b. open library branches per planning district", async () => {
    const { nodes } = await allPlaces(setup.hub.gatewayUrl, { kinds: ["LIBRARY_BRANCH"], statuses: ["OPEN"] });
    const perDistrict = countBy(nodes, districtOf);
    report("open library branches per planning district (places)", perDistrict, setup.oracle.openBranchesPerDistrict);
    expect(perDistrict).toEqual(setup.oracle.openBranchesPerDistrict);

    const data = await setup.ask(`{ planningDistricts { name placeCounts { department kind status count } } }`);
    const counted = areaCounts(data.planningDistricts, (c) => c.kind === "LIBRARY_BRANCH" && c.status === "OPEN");
    expect(counted).toEqual(withoutOutside(setup.oracle.openBranchesPerDistrict));
    expect(Object.keys(counted).length).toBeGreaterThan(0);
  });

  it("c. neighborhoods with a KEYSPOT", async () => {
    const data = await setup.ask(`{ neighborhoods { name placeCounts { kind count } } }`);
    const names = Object.keys(areaCounts(data.neighborhoods, (c) => c.kind === "KEYSPOT"));
    reportNames("neighborhoods with a KEYSPOT", names, setup.oracle.neighborhoodsWithKeyspot);
    expect(names).toEqual(setup.oracle.neighborhoodsWithKeyspot);
    expect(names.length).toBeGreaterThan(0);
  });

  it("d. neighborhoods with an open library branch but no KEYSPOT", async () => {
    const data = await setup.ask(`{ neighborhoods { name placeCounts { kind status count } } }`);
    const keyspots = areaCounts(data.neighborhoods, (c) => c.kind === "KEYSPOT");
    const branches = areaCounts(data.neighborhoods, (c) => c.kind === "LIBRARY_BRANCH" && c.status === "OPEN");
    const names = Object.keys(branches).filter((name) => !(name in keyspots));
    reportNames("neighborhoods with an open branch and no KEYSPOT", names, setup.oracle.neighborhoodsWithOpenBranchNoKeyspot);
    expect(names).toEqual(setup.oracle.neighborhoodsWithOpenBranchNoKeyspot);
    expect(names.length).toBeGreaterThan(0);
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
    // On the City's boundaries the sites fall in neighborhoods; the small hand-written boundaries hold none of them.
    if (label === "the City's files") expect(expected.filter((e) => e.neighborhood !== OUTSIDE).length).toBeGreaterThan(0);
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

  it("h. a KEYSPOT in a recreation centre links to the real centre, never to a demo one", async () => {
    const data = await queryOk<any>(setup.hub.gatewayUrl, `{ places(filter: { kinds: ["KEYSPOT"] }, first: 100) { nodes { id name host { id name kind isDemo hostedPlaces { name } } } } }`);
    const hosted = data.places.nodes.filter((p: any) => p.host);
    for (const place of hosted) {
      expect(place.host).toMatchObject({ kind: "RECREATION_CENTER", isDemo: false });
      expect(place.host.hostedPlaces.map((h: any) => h.name)).toContain(place.name);
    }
    // Exactly the links OIT's own rows state, to the hosts the other departments' rows name.
    const db = (name: string) => setup.hub.subgraphs.find((s) => s.name === name)!.database.dataSource;
    const links: { id: string; center: string | null; branch: string | null }[] = await db("it").query(
      `SELECT 'it:keyspot:' || id AS id, host_recreation_center_asset_id AS center, host_branch_code AS branch FROM keyspot_site
        WHERE NOT is_demo AND (host_recreation_center_asset_id IS NOT NULL OR host_branch_code IS NOT NULL)`,
    );
    const centers = new Map<string, { name: string; is_demo: boolean }>((await db("parks").query(`SELECT asset_id, name, is_demo FROM recreation_center`)).map((r: any) => [r.asset_id, r]));
    const branches = new Map<string, { name: string; is_demo: boolean }>((await db("libraries").query(`SELECT code, name, is_demo FROM branch`)).map((r: any) => [r.code, r]));
    const expected = links.map(({ id, center, branch }) => {
      const host = center ? centers.get(center) : branches.get(branch as string);
      const hostId = center ? `parks:recreation_center:${center}` : `libraries:library_branch:${branch}`;
      return { id, host: { id: hostId, name: host?.name, kind: center ? "RECREATION_CENTER" : "LIBRARY_BRANCH", isDemo: host?.is_demo } };
    });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    expect(hosted.map(({ id, host: { hostedPlaces: _hosted, ...host } }: any) => ({ id, host })).sort(byId)).toEqual(expected.sort(byId));
    expect(expected.length).toBeGreaterThan(0);
    // Both files place these at the same building under the same name (host-matching.ts's rule).
    if (label === "the City's files") {
      expect(hosted.find((p: any) => p.name === "Mallory Playground")?.host.name).toBe("Mallory Playground");
      expect(hosted.length).toBeGreaterThanOrEqual(8);
    }
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
