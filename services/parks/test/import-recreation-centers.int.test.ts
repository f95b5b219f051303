import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ImportRejected } from "@dlhub/subgraph-kit";
import { queryOk, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { parks } from "@dlhub/parks";
import { RecreationCenter } from "../src/recreation-centers/recreation-center.entity";
import { recreationCentersImporter } from "../src/import";

const fixture = (name: string) => resolve(__dirname, "fixtures", name);
const SITES = fixture("ppr_program_sites.csv");

/** What the importer must read from each row of the City-format fixture; DIST_NAME rows are near a border. */
interface ExpectedSite {
  DPP_ASSET_ID: string;
  status: string;
  programTypeCode: string;
}
const CITY = JSON.parse(readFileSync(fixture("ppr_program_sites_city.expected.json"), "utf8")) as { rows: ExpectedSite[] };

describe("importing the PPR Program Sites CSV", () => {
  describe("into an empty database", () => {
    let subgraph: TestSubgraph;
    const centers = () => subgraph.service.database.dataSource.getRepository(RecreationCenter);

    beforeAll(async () => {
      subgraph = await startTestSubgraph(parks, { seed: false });
    });
    afterAll(() => subgraph?.stop());

    it("refuses a file with one bad row, names its line and writes nothing", async () => {
      const error = await recreationCentersImporter.run(fixture("ppr_program_sites_one_bad_row.csv"), subgraph.service.database.dataSource).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRejected);
      expect((error as ImportRejected).problems).toEqual([
        { line: 4, reason: 'PROGRAM_TYPE: must be one of PPR_REC, OLDER_ADULT_CENTER, POOL, ENVIRONMENTAL_EDUCATION_CENTER, not "SKATEPARK"' },
      ]);
      expect(await centers().count()).toBe(0);
    });

    it("reads a byte-order-marked export with Web Mercator X/Y into every site", async () => {
      const report = await recreationCentersImporter.run(SITES, subgraph.service.database.dataSource);
      expect(report).toMatchObject({ kind: "recreation-centers", rows: 8, inserted: 8, updated: 0, unchanged: 0 });
      expect(report.tables).toEqual({ recreation_center: { inserted: 8, updated: 0, unchanged: 0, retired: 0 } });

      const happyHollow = await centers().findOneByOrFail({ assetId: "1032" });
      // The fixture's metres were projected from the demo data's degrees; five decimals is about a metre.
      expect(happyHollow.longitude).toBeCloseTo(-75.16496, 5);
      expect(happyHollow.latitude).toBeCloseTo(40.02375, 5);
      expect(happyHollow).toMatchObject({ name: "Happy Hollow Recreation Center", programType: "Recreation Center", siteClass: "A", building: true, gym: true, status: "OPEN", labelNumber: "12", address: null });
    });

    it("keeps quoted comments whole and reads closures and site types from them", async () => {
      const data = await queryOk<{ recreationCenters: { assetId: string; programType: string; status: string; comments: string | null }[] }>(
        subgraph.url,
        "{ recreationCenters { assetId programType status comments } }",
      );
      const byId = new Map(data.recreationCenters.map((c) => [c.assetId, c]));
      expect(byId.get("1099")).toEqual({ assetId: "1099", programType: "Recreation Center", status: "CLOSED_FOR_REBUILD", comments: 'Closed for Rebuild, "Rebuild" Phase 1' });
      expect(byId.get("1137")?.programType).toBe("Playground");
      expect(byId.get("2014")?.programType).toBe("Older Adult Center");
      expect(byId.get("3051")).toMatchObject({ programType: "Pool", status: "OPEN", comments: "Seasonal: open June to August" });
      expect(byId.get("4012")?.programType).toBe("Environmental Education Center");
    });

    it("is idempotent: the same file again changes nothing but when the sites were read", async () => {
      const fields = async () => (await centers().find({ order: { assetId: "ASC" } })).map(({ sourceImportedAt: _t, ...center }) => center);
      const before = await fields();
      const report = await recreationCentersImporter.run(SITES, subgraph.service.database.dataSource);
      expect(report).toMatchObject({ rows: 8, inserted: 0, retired: 0 });
      expect(await fields()).toEqual(before);
      expect(await centers().count()).toBe(8);
    });

    it("takes plain longitude/latitude too, updating by asset id", async () => {
      const report = await recreationCentersImporter.run(fixture("ppr_program_sites_wgs84.csv"), subgraph.service.database.dataSource);
      expect(report).toMatchObject({ rows: 2, inserted: 1, updated: 1, unchanged: 0 });
      expect(await centers().findOneByOrFail({ assetId: "1032" })).toMatchObject({ longitude: -75.16496, latitude: 40.02375, dataSource: "PPR Program Sites 2024" });
      // "Gym closed for floor repair" is a note about the gym, not a closed site.
      expect(await centers().findOneByOrFail({ assetId: "1210" })).toMatchObject({ status: "OPEN", building: true, gym: false });
      expect(await centers().count()).toBe(9);
    });

    it("leaves everything as it was when a later file is refused", async () => {
      const before = await centers().find({ order: { assetId: "ASC" } });
      await expect(recreationCentersImporter.run(fixture("ppr_program_sites_one_bad_row.csv"), subgraph.service.database.dataSource)).rejects.toThrow(ImportRejected);
      expect(await centers().find({ order: { assetId: "ASC" } })).toEqual(before);
    });
  });

  describe("the City's own export", () => {
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(parks, { seed: false });
    });
    afterAll(() => subgraph?.stop());

    it("reads every row's closure from COMMENTS and keeps its PROGRAM_TYPE code", async () => {
      expect(CITY.rows).toHaveLength(42);
      const report = await recreationCentersImporter.run(fixture("ppr_program_sites_city.csv"), subgraph.service.database.dataSource);
      expect(report).toMatchObject({ rows: CITY.rows.length, inserted: CITY.rows.length, updated: 0, unchanged: 0 });
      const data = await queryOk<{ recreationCenters: { assetId: string; status: string; programTypeCode: string }[] }>(
        subgraph.url,
        "{ recreationCenters { assetId status programTypeCode } }",
      );
      const read = new Map(data.recreationCenters.map(({ assetId, status, programTypeCode }) => [assetId, { DPP_ASSET_ID: assetId, status, programTypeCode }]));
      // Row by row, so a failure names the asset id whose comment was misread.
      for (const { DPP_ASSET_ID, status, programTypeCode } of CITY.rows) {
        expect(read.get(DPP_ASSET_ID)).toEqual({ DPP_ASSET_ID, status, programTypeCode });
      }
      expect(read.size).toBe(CITY.rows.length);
    });
  });

  describe("over the demo data", () => {
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(parks);
    });
    afterAll(() => subgraph?.stop());

    it("retires the demo centres with their labs, and takes nothing from them into the real ones", async () => {
      const report = await recreationCentersImporter.run(SITES, subgraph.service.database.dataSource);
      expect(report).toMatchObject({ rows: 8, inserted: 8, updated: 0, unchanged: 0, retired: 10 });
      const data = await queryOk<any>(
        subgraph.url,
        `{ real: recreationCenter(assetId: "1032") { name address labelNumber isDemo sourceDataset computerLabs { name } }
           demo: recreationCenter(assetId: "demo-1032") { name } }`,
      );
      // The export has no street address; the demo centre's invented one is not carried over.
      expect(data.real).toEqual({ name: "Happy Hollow Recreation Center", address: null, labelNumber: "12", isDemo: false, sourceDataset: "ppr_program_sites.csv", computerLabs: [] });
      expect(data.demo).toBeNull();
    });
  });
});
