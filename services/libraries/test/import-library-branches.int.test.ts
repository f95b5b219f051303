import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ImportFileError, ImportRejected } from "@dlhub/subgraph-kit";
import { queryOk, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
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

    it("reads quoted names with commas, the closed branch, regional and special locations", async () => {
      expect(await run(CSV)).toMatchObject({ kind: "library-branches", rows: 8, inserted: 8, updated: 0, unchanged: 0 });
      const data = await queryOk<{ libraryBranch: unknown }>(subgraph.url, `{ libraryBranch(code: "52024") { name type address closed publicComputers } }`);
      expect(data.libraryBranch).toEqual({ name: "Durham, Charles /Mantua", type: "BRANCH", address: "3320 Haverford Ave", closed: false, publicComputers: 0 });
      expect(await branches().findOneByOrFail({ code: "52012" })).toMatchObject({ name: "George Instit", closed: true });
      expect(await branches().findOneByOrFail({ code: "52110" })).toMatchObject({ name: "Regional - Northeast", type: "REGIONAL" });
      expect(await branches().findOneByOrFail({ code: "52100" })).toMatchObject({ type: "CENTRAL", latitude: 39.95937, longitude: -75.17107 });
      expect(await branches().findOneByOrFail({ code: "52198" })).toMatchObject({ type: "SPECIAL_AGENCY", name: "Blind and Physically Handicapped" });
      expect(await branches().findOneByOrFail({ code: "52050" })).toMatchObject({ address: "2808 W Lehigh Ave" });
    });

    it("is idempotent, and the GeoJSON export says exactly what the CSV says", async () => {
      expect(await run(CSV)).toMatchObject({ rows: 8, inserted: 0, updated: 0, unchanged: 8 });
      expect(await run(GEOJSON)).toMatchObject({ rows: 8, inserted: 0, updated: 0, unchanged: 8 });
      expect(await branches().count()).toBe(8);
    });

    it("refuses a file type it cannot read", async () => {
      await expect(run(fixture("free_library_locations.xlsx"))).rejects.toThrow(ImportFileError);
    });
  });

  describe("over the demo data", () => {
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(libraries);
    });
    afterAll(() => subgraph?.stop());

    it("updates branches by code and keeps their public computer counts", async () => {
      const dataSource = subgraph.service.database.dataSource;
      await dataSource.query(`UPDATE branch SET address = '1333 W Wagner Avenue' WHERE code = '52022'`);
      const report = await libraryBranchesImporter.run(CSV, dataSource);
      // Logan, Kensington and Widener are demo branches; only Logan's address differs from the file.
      expect(report).toMatchObject({ rows: 8, inserted: 5, updated: 1, unchanged: 2 });
      const data = await queryOk<{ libraryBranch: unknown }>(subgraph.url, `{ libraryBranch(code: "52022") { name address publicComputers closed } }`);
      expect(data.libraryBranch).toEqual({ name: "Logan", address: "1333 Wagner Ave", publicComputers: 14, closed: false });
    });
  });

  const data = resolve(__dirname, "../../../../shared/data/phl");
  const describeIfData = existsSync(data) ? describe : describe.skip;

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
      expect(geojson).toMatchObject({ rows: 55, inserted: 0, updated: 0, unchanged: 55 });

      const rows: { type: string; count: number }[] = await dataSource.query("SELECT type, count(*)::int AS count FROM branch GROUP BY type ORDER BY type");
      expect(rows).toEqual([
        { type: "BRANCH", count: 50 },
        { type: "CENTRAL", count: 1 },
        { type: "REGIONAL", count: 3 },
        { type: "SPECIAL_AGENCY", count: 1 },
      ]);
      expect(await dataSource.getRepository(LibraryBranch).findBy({ closed: true })).toMatchObject([{ code: "52012", name: "George Instit" }]);
    });
  });
});
