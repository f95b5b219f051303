import { resolve } from "node:path";
import { ImportFileError, ImportRejected } from "@dlhub/subgraph-kit";
import { queryOk, startTestSubgraph, type TestSubgraph , describeWithCityData } from "@dlhub/subgraph-kit/testing";
import { LibraryBranch } from "../src/branches/library-branch.entity";
import { libraryBranchesImporter } from "../src/import";
import { libraries } from "@dlhub/libraries";

const fixture = (name: string) => resolve(__dirname, "fixtures", name);
const CSV = fixture("free_library_locations.csv");
const GEOJSON = fixture("free_library_locations.geojson");

describe("importing Free Library locations", () => {
  describe("from the fixtures", () => {
    let subgraph: TestSubgraph;
    const branches = () => subgraph.service.database.dataSource.getRepository(LibraryBranch);
    const run = (file: string) => libraryBranchesImporter.run(file, subgraph.service.database.dataSource);

    beforeAll(async () => {
      subgraph = await startTestSubgraph(libraries, { seed: false });
    });
    afterAll(() => subgraph?.stop());

    it("refuses a file with one bad row, names its line and writes nothing", async () => {
      const error = await run(fixture("free_library_locations_one_bad_row.csv")).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRejected);
      expect((error as ImportRejected).problems).toEqual([{ line: 6, reason: 'LAT: is not a number: "39.95937N"' }]);
      expect(await branches().count()).toBe(0);
    });

    it("reads quoted names with commas, the closed branch, regional and special locations, and the list's own type", async () => {
      expect(await run(CSV)).toMatchObject({ kind: "library-branches", rows: 8, inserted: 8, updated: 0, unchanged: 0, retired: 0 });
      const data = await queryOk<{ libraryBranch: unknown }>(
        subgraph.url,
        `{ libraryBranch(code: "52024") { name type typeCode address closed publicComputers isDemo sourceDataset } }`,
      );
      expect(data.libraryBranch).toEqual({
        name: "Durham, Charles /Mantua",
        type: "BRANCH",
        typeCode: "Branch",
        address: "3320 Haverford Ave",
        closed: false,
        // The list has no counts: none is made up, not even 0.
        publicComputers: null,
        isDemo: false,
        sourceDataset: "free_library_locations.csv",
      });
      expect(await branches().findOneByOrFail({ code: "52012" })).toMatchObject({ name: "George Instit", closed: true });
      expect(await branches().findOneByOrFail({ code: "52110" })).toMatchObject({ name: "Regional - Northeast", type: "REGIONAL", typeCode: "Branch" });
      expect(await branches().findOneByOrFail({ code: "52100" })).toMatchObject({ type: "CENTRAL", typeCode: "Central", latitude: 39.95937, longitude: -75.17107 });
      expect(await branches().findOneByOrFail({ code: "52198" })).toMatchObject({ type: "SPECIAL_AGENCY", typeCode: "Special Agencies", name: "Blind and Physically Handicapped" });
      expect(await branches().findOneByOrFail({ code: "52050" })).toMatchObject({ address: "2808 W Lehigh Ave" });
    });

    it("is idempotent, and the GeoJSON export says exactly what the CSV says", async () => {
      // What a re-import may change is where and when the rows were last read from.
      const fields = async () => (await branches().find({ order: { code: "ASC" } })).map(({ sourceDataset: _d, sourceImportedAt: _t, ...branch }) => branch);
      const before = await fields();
      expect(await run(CSV)).toMatchObject({ rows: 8, inserted: 0, retired: 0 });
      expect(await run(GEOJSON)).toMatchObject({ rows: 8, inserted: 0, retired: 0 });
      expect(await fields()).toEqual(before);
      expect(await branches().findOneByOrFail({ code: "52024" })).toMatchObject({ sourceDataset: "free_library_locations.geojson" });
    });

    it("refuses a file type it cannot read", async () => {
      await expect(run(fixture("free_library_locations.xlsx"))).rejects.toThrow(ImportFileError);
    });
  });

  describe("over the demo data", () => {
    let subgraph: TestSubgraph;
    const dataSource = () => subgraph.service.database.dataSource;
    const counts = async () =>
      (
        await dataSource().query(`SELECT (SELECT count(*) FROM branch WHERE is_demo)::int AS "demoBranches", (SELECT count(*) FROM branch)::int AS branches,
          (SELECT count(*) FROM computer_class)::int AS classes, (SELECT count(*) FROM hot_spot_lab)::int AS labs`)
      )[0];

    beforeAll(async () => {
      subgraph = await startTestSubgraph(libraries);
    });
    afterAll(() => subgraph?.stop());

    it("retires the demo branches and their classes, and takes every field of a real branch from the file", async () => {
      expect(await counts()).toEqual({ demoBranches: 7, branches: 7, classes: 6, labs: 3 });
      const report = await libraryBranchesImporter.run(CSV, dataSource());
      expect(report).toMatchObject({ rows: 8, inserted: 8, updated: 0, unchanged: 0, retired: 7 });
      expect(await counts()).toEqual({ demoBranches: 0, branches: 8, classes: 0, labs: 3 });
      // Logan is a demo branch too (demo-52022, with 14 computers and classes); the real one knows neither.
      const data = await queryOk<{ libraryBranch: unknown }>(subgraph.url, `{ libraryBranch(code: "52022") { name address publicComputers closed isDemo classes { title } } }`);
      expect(data.libraryBranch).toEqual({ name: "Logan", address: "1333 Wagner Ave", publicComputers: null, closed: false, isDemo: false, classes: [] });
    });

    it("is not undone by the next seed: the demo branches and their classes stay retired", async () => {
      await libraries.seed?.(dataSource());
      expect(await counts()).toEqual({ demoBranches: 0, branches: 8, classes: 0, labs: 3 });
      const data = await queryOk<{ libraryInitiatives: { totalCount: number } }>(subgraph.url, `{ libraryInitiatives { totalCount } }`);
      expect(data.libraryInitiatives.totalCount).toBe(5);
    });
  });

  const data = resolve(__dirname, "../../../../shared/data/phl");
  const describeIfData = describeWithCityData(data);

  describeIfData("from the City's 2014 files in shared/data", () => {
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(libraries, { seed: false });
    });
    afterAll(() => subgraph?.stop());

    it("imports all 55 locations from the CSV, and the GeoJSON agrees row for row", async () => {
      const dataSource = subgraph.service.database.dataSource;
      const csv = await libraryBranchesImporter.run(resolve(data, "free_library_locations_2014.csv"), dataSource);
      expect(csv).toMatchObject({ rows: 55, inserted: 55, updated: 0, unchanged: 0 });
      const geojson = await libraryBranchesImporter.run(resolve(data, "free_library_locations_2014.geojson"), dataSource);
      expect(geojson).toMatchObject({ rows: 55, inserted: 0, retired: 0 });

      const rows: { type: string; count: number }[] = await dataSource.query("SELECT type, count(*)::int AS count FROM branch GROUP BY type ORDER BY type");
      expect(rows).toEqual([
        { type: "BRANCH", count: 50 },
        { type: "CENTRAL", count: 1 },
        { type: "REGIONAL", count: 3 },
        { type: "SPECIAL_AGENCY", count: 1 },
      ]);
      expect(await dataSource.getRepository(LibraryBranch).findBy({ closed: true })).toMatchObject([{ code: "52012", name: "George Instit" }]);
      const types = await dataSource.query("SELECT type_code, count(*)::int AS count, count(public_computers)::int AS counted FROM branch GROUP BY 1 ORDER BY 1");
      expect(types).toEqual([
        { type_code: "Branch", count: 53, counted: 0 },
        { type_code: "Central", count: 1, counted: 0 },
        { type_code: "Special Agencies", count: 1, counted: 0 },
      ]);
    });
  });
});
