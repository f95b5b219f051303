import { resolve } from "node:path";
import { createLogger, openDatabase, startSubgraph, upsertDemoInitiatives } from "@dlhub/subgraph-kit";
import { createTestDatabase, queryOk, readAllPlaces, expectConstantStatements, readPlaceFeedPage, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { LibraryInitiative, libraries } from "@dlhub/libraries";
import { type DataSource } from "typeorm";
import { libraryBranchesImporter } from "../src/import";
import { branches, initiatives } from "../src/seed/demo-data";

describe("the Free Library's places", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(libraries);
  });
  afterAll(() => subgraph?.stop());

  it("serves every demo place, under the ids the initiative sites use", async () => {
    const { places } = await readAllPlaces(subgraph.url);
    const kinds = [...places.values()].reduce<Record<string, number>>((n, p) => ({ ...n, [p!.kind]: (n[p!.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ LIBRARY_BRANCH: 7, HOT_SPOT_LAB: 3, TECHMOBILE_STOP: 3 });
    expect([...places.keys()].every((id) => /^libraries:[a-z_]+:demo-/.test(id))).toBe(true);
    expect([...places.values()].every((p) => p?.isDemo === true && p.sourceDataset === "DL Hub demo data" && p.sourceImportedAt === null)).toBe(true);

    expect(places.get("libraries:library_branch:demo-52022")).toEqual({
      id: "libraries:library_branch:demo-52022",
      departmentId: "libraries",
      department: "LIBRARIES",
      kind: "LIBRARY_BRANCH",
      typeCode: "Branch",
      status: "OPEN",
      name: "Logan",
      address: "1333 Wagner Ave",
      latitude: 40.03178,
      longitude: -75.14533,
      workstations: 14,
      weeklyOpenHours: null,
      sourceDataset: "DL Hub demo data",
      sourceImportedAt: null,
      isDemo: true,
      hostPlaceId: null,
    });
    expect(places.get("libraries:hot_spot_lab:demo-village-of-arts")).toMatchObject({ kind: "HOT_SPOT_LAB", typeCode: null, workstations: 8 });
    expect(places.get("libraries:techmobile_stop:demo-Happy Hollow Recreation Center")).toMatchObject({ kind: "TECHMOBILE_STOP", name: "Happy Hollow Recreation Center", workstations: null });

    const data = await queryOk<{ libraryInitiatives: { nodes: { sites: { id: string }[] }[] } }>(subgraph.url, `{ libraryInitiatives { nodes { sites { id } } } }`);
    const siteIds = new Set(data.libraryInitiatives.nodes.flatMap((n) => n.sites.map((s) => s.id)));
    expect([...siteIds].filter((id) => !places.has(id))).toEqual([]);
  });

  it("reads a page in the same number of statements whatever its size", async () => {
    const { small, large } = await expectConstantStatements({
      // The feed is no GraphQL request: every statement the department sends counts.
      statements: () => subgraph.service.database.statements.count,
      request: (size) => readPlaceFeedPage(subgraph.url, null, size === "small" ? 1 : 100),
    });
    expect([small.objects.changes, large.objects.changes]).toEqual([1, 13]);
  });

  it("drops the demo branches once real ones are imported, serves the real ones from the file alone, and the seed leaves it so", async () => {
    const { cursor } = await readAllPlaces(subgraph.url);
    await libraryBranchesImporter.run(resolve(__dirname, "fixtures", "free_library_locations.csv"), subgraph.service.database.dataSource);
    await libraries.seed?.(subgraph.service.database.dataSource);
    const { places } = await readAllPlaces(subgraph.url, cursor);

    const gone = [...places].filter(([, place]) => place === null).map(([id]) => id);
    expect(gone.sort()).toEqual(["52002", "52018", "52022", "52026", "52034", "52045", "52050"].map((code) => `libraries:library_branch:demo-${code}`));
    const real = [...places.values()].filter((place) => place !== null);
    expect(real).toHaveLength(8);
    expect(real.every((place) => place.isDemo === false && place.sourceDataset === "free_library_locations.csv" && place.workstations === null)).toBe(true);
    expect(places.get("libraries:library_branch:52012")).toMatchObject({ name: "George Instit", status: "CLOSED", typeCode: "Branch" });
    expect(places.get("libraries:library_branch:52198")).toMatchObject({ typeCode: "Special Agencies", status: "OPEN" });

    const all = await readAllPlaces(subgraph.url);
    expect([...all.places.values()].filter((place) => place?.kind === "LIBRARY_BRANCH")).toHaveLength(8);
  });
});

describe("the Free Library's place migration on a database the old seed filled", () => {
  const OLD_CODES = branches.map((branch) => branch.code.replace(/^demo-/, ""));

  /** A database as the old seed left it (demo branches under their public codes, a class, a lab, a stop), plus `extra` SQL. */
  async function upgrade(extra: string, check: (db: DataSource, url: string) => Promise<void>): Promise<void> {
    const database = await createTestDatabase("libraries_upgrade");
    const old = await openDatabase({ url: database.url, entities: libraries.entities, migrations: (libraries.migrations as Function[]).slice(0, -1) });
    const ids = await old.dataSource.transaction((manager) => upsertDemoInitiatives(manager, LibraryInitiative, initiatives));
    await old.dataSource.query(
      `INSERT INTO branch (code, name, type, address, public_computers) SELECT code, 'Demo ' || code, 'BRANCH', 'Somewhere', 14 FROM unnest($1::text[]) AS code`,
      [OLD_CODES],
    );
    await old.dataSource.query(
      `INSERT INTO computer_class (slug, initiative_id, branch_code, title, level, language, seats) VALUES ('internet-basics-logan', $1, '52022', 'Internet Basics', 'BEGINNER', 'EN', 10)`,
      [ids.get("computer-basics-classes")],
    );
    await old.dataSource.query(
      `INSERT INTO hot_spot_lab (slug, initiative_id, name, host_organization, address, workstations, opened_on) VALUES ('village-of-arts', $1, 'Village', 'Village', '2544 Germantown Ave', 8, '2011-09-15')`,
      [ids.get("hot-spot-labs")],
    );
    await old.dataSource.query(
      `INSERT INTO techmobile_stop (initiative_id, location_name, address, visit_on) VALUES ($1, 'Happy Hollow Recreation Center', '4740 Wayne Ave', '2024-05-14')`,
      [ids.get("techmobile")],
    );
    if (extra) await old.dataSource.query(extra);
    await old.dataSource.destroy();

    const service = await startSubgraph(libraries, { databaseUrl: database.url, port: 0, seed: true, logger: createLogger("libraries", "silent") });
    try {
      await check(service.database.dataSource, service.url);
    } finally {
      await service.close();
      await database.drop();
    }
  }

  const keys = async (db: DataSource) =>
    (
      await db.query(`SELECT (SELECT array_agg(code ORDER BY code) FROM branch) AS branches, (SELECT array_agg(branch_code ORDER BY slug) FROM computer_class) AS classes,
        (SELECT array_agg(slug ORDER BY slug) FROM hot_spot_lab) AS labs, (SELECT array_agg(DISTINCT is_demo) FROM techmobile_stop) AS "stopsDemo"`)
    )[0];

  it("with demo data only: the seed writes the demo places again under demo keys, and the old keys leave nothing behind", async () => {
    await upgrade("", async (db, url) => {
      expect(await keys(db)).toEqual({
        branches: branches.map((branch) => branch.code).sort(),
        classes: expect.arrayContaining(["demo-52022"]),
        labs: ["demo-heavenly-hall", "demo-mercy-neighborhood", "demo-village-of-arts"],
        stopsDemo: [true],
      });
      const page = await readPlaceFeedPage(url, null, 100);
      expect(page.changes.filter((change) => !/:demo-/.test(change.placeId))).toEqual([]);
    });
  });

  it("after an import: the demo-coded branches are the imported ones, real without the demo's counts, and no demo branch comes back", async () => {
    await upgrade(`INSERT INTO branch (code, name, type, address) VALUES ('52024', 'Durham', 'BRANCH', '3320 Haverford Ave')`, async (db) => {
      expect(await keys(db)).toMatchObject({ branches: [...OLD_CODES, "52024"].sort(), classes: null });
      expect(await db.query(`SELECT DISTINCT is_demo, public_computers, type_code FROM branch`)).toEqual([{ is_demo: false, public_computers: null, type_code: "Branch" }]);
    });
  });
});
