import { resolve } from "node:path";
import { ImportRejected } from "@dlhub/subgraph-kit";
import { queryOk, startTestSubgraph, type TestSubgraph , describeWithCityData } from "@dlhub/subgraph-kit/testing";
import { KeyspotSite } from "../src/keyspots/keyspot-site.entity";
import { keyspotsImporter } from "../src/import";
import { itDepartment } from "@dlhub/it";

const fixture = (name: string) => resolve(__dirname, "fixtures", name);
const LIST_2015 = fixture("keyspots_2015.geojson");
const SITE_FIELDS = `slug name address hostKind hostName libraryHotSpot typeCode region phone workstations weeklyOpenHours
  hostBranch { code } hostRecreationCenter { assetId } hostPartnerSlug isDemo sourceDataset`;

type Site = Record<string, unknown>;
const sitesBySlug = async (url: string) => {
  const data = await queryOk<{ keyspotSites: Site[] }>(url, `{ keyspotSites { ${SITE_FIELDS} } }`);
  return new Map(data.keyspotSites.map((site) => [site.slug as string, site]));
};

describe("importing KEYSPOT locations", () => {
  describe("into an empty database", () => {
    let subgraph: TestSubgraph;
    const run = (file: string) => keyspotsImporter.run(fixture(file), subgraph.service.database.dataSource);

    beforeAll(async () => {
      subgraph = await startTestSubgraph(itDepartment, { seed: false });
    });
    afterAll(() => subgraph?.stop());

    it("refuses a file with one bad feature, names its line and writes nothing", async () => {
      const error = await run("keyspots_2015_one_bad_row.geojson").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRejected);
      expect((error as ImportRejected).problems).toEqual([{ line: 61, feature: 4, reason: 'site_type: must be one of PPR, FLP, Non-Profit, not "Library"' }]);
      const counts = await subgraph.service.database.dataSource.query("SELECT (SELECT count(*) FROM keyspot_site)::int AS sites, (SELECT count(*) FROM initiative)::int AS initiatives");
      expect(counts).toEqual([{ sites: 0, initiatives: 0 }]);
    });

    it("imports the 2015 list's sites under a new keyspot-network initiative", async () => {
      const report = await run("keyspots_2015.geojson");
      expect(report).toMatchObject({ kind: "keyspots", rows: 6, inserted: 7, updated: 0, unchanged: 0, retired: 0 });
      expect(report.tables).toEqual({
        initiative: { inserted: 1, updated: 0, unchanged: 0, retired: 0 },
        keyspot_site: { inserted: 6, updated: 0, unchanged: 0, retired: 0 },
      });

      const sites = await sitesBySlug(subgraph.url);
      expect([...sites.keys()].sort()).toEqual(["congreso", "drueding-center", "happy-hollow", "mercy-neighborhood-ministries", "pec-glorias-place", "starr-garden"]);
      expect(sites.get("happy-hollow")).toEqual({
        slug: "happy-hollow",
        name: "Happy Hollow Recreation Center",
        address: "4740 Wayne Ave",
        hostKind: "RECREATION_CENTER",
        hostName: "Happy Hollow Recreation Center",
        libraryHotSpot: false,
        typeCode: "PPR",
        region: "North",
        phone: null,
        // Not in the file, so not invented.
        workstations: null,
        weeklyOpenHours: null,
        hostBranch: null,
        hostRecreationCenter: null,
        hostPartnerSlug: null,
        isDemo: false,
        sourceDataset: "keyspots_2015.geojson",
      });
      expect(sites.get("mercy-neighborhood-ministries")).toMatchObject({ hostKind: "COMMUNITY_ORGANIZATION", libraryHotSpot: true, typeCode: "FLP", address: "1939 W. Venango Street" });
      expect(sites.get("pec-glorias-place")).toMatchObject({ name: "PEC - Gloria's Place", address: "3902 Spring Garden St", hostKind: "COMMUNITY_ORGANIZATION", typeCode: "Non-Profit" });
      expect(sites.get("drueding-center")?.address).toBe("413 W Master St");

      const initiative = await queryOk<{ itInitiatives: { nodes: { slug: string; kind: string; keyspotSites: unknown[] }[] } }>(
        subgraph.url,
        "{ itInitiatives(first: 10) { nodes { slug kind keyspotSites { slug } } } }",
      );
      expect(initiative.itInitiatives.nodes).toEqual([expect.objectContaining({ slug: "keyspot-network", kind: "OPEN_LAB" })]);
      expect(initiative.itInitiatives.nodes[0]?.keyspotSites).toHaveLength(6);
    });

    it("is idempotent: the same file again changes nothing but when the sites were read", async () => {
      const fields = async () => [...(await sitesBySlug(subgraph.url))];
      const before = await fields();
      expect(await run("keyspots_2015.geojson")).toMatchObject({ rows: 6, inserted: 0, retired: 0 });
      expect(await fields()).toEqual(before);
      expect(await subgraph.service.database.dataSource.getRepository(KeyspotSite).count()).toBe(6);
    });

    it("takes the City's later shape, with phones and mobile sites, and keeps what it does not know", async () => {
      const report = await run("keyspots_official.geojson");
      expect(report.tables.keyspot_site).toEqual({ inserted: 2, updated: 1, unchanged: 0, retired: 0 });
      const sites = await sitesBySlug(subgraph.url);
      expect(sites.get("happy-hollow")).toMatchObject({
        phone: "(215) 555-0142",
        region: "North",
        typeCode: "PPR",
        address: "4740 Wayne Ave",
        hostKind: "RECREATION_CENTER",
        sourceDataset: "keyspots_official.geojson",
      });
      // The City's file has no site type.
      expect(sites.get("mobile")).toMatchObject({ name: "Mobile KEYSPOT", address: null, hostKind: "COMMUNITY_ORGANIZATION", phone: "(215) 555-0187", typeCode: null });
      // A library by name, but the file has no branch code: the kind is kept, the reference is not made up.
      expect(sites.get("lillian-marrero-library")).toMatchObject({ hostKind: "LIBRARY_BRANCH", hostBranch: null, hostName: "Lillian Marrero Library" });
    });

    it("refuses a file mixing the two shapes", async () => {
      const error = (await run("keyspots_mixed.geojson").catch((e: unknown) => e)) as ImportRejected;
      expect(error.problems).toEqual([expect.objectContaining({ feature: 2, reason: "has the City's properties where feature 1 has the 2015 list's" })]);
    });

    it("drops a host key that no longer fits when a site's kind of host changes", async () => {
      // No file gives branch codes; a real one would be recorded by hand.
      await subgraph.service.database.dataSource.query(`UPDATE keyspot_site SET host_branch_code = '52031' WHERE slug = 'lillian-marrero-library'`);
      expect((await sitesBySlug(subgraph.url)).get("lillian-marrero-library")).toMatchObject({ hostBranch: { code: "52031" } });
      await run("keyspots_host_change.geojson");
      const sites = await sitesBySlug(subgraph.url);
      expect(sites.get("lillian-marrero-library")).toMatchObject({ hostKind: "COMMUNITY_ORGANIZATION", hostBranch: null, libraryHotSpot: true, typeCode: "FLP" });
    });
  });

  describe("over the demo data", () => {
    let subgraph: TestSubgraph;
    const dataSource = () => subgraph.service.database.dataSource;
    const initiatives = async () =>
      (
        await queryOk<{ itInitiatives: { nodes: { slug: string; isDemo: boolean; summary: string; partners: unknown[] }[] } }>(
          subgraph.url,
          `{ itInitiatives(first: 50) { nodes { slug isDemo summary partners { partnerSlug } } } }`,
        )
      ).itInitiatives.nodes;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(itDepartment);
    });
    afterAll(() => subgraph?.stop());

    it("retires the demo KEYSPOTs and the demo keyspot-network initiative, and writes real sites from the file alone", async () => {
      const report = await keyspotsImporter.run(LIST_2015, dataSource());
      expect(report.tables).toEqual({
        keyspot_site: { inserted: 6, updated: 0, unchanged: 0, retired: 10 },
        initiative: { inserted: 1, updated: 0, unchanged: 0, retired: 0 },
      });
      const sites = await sitesBySlug(subgraph.url);
      expect(sites.size).toBe(6);
      expect([...sites.values()].every((site) => site.isDemo === false)).toBe(true);
      // The demo had a Happy Hollow KEYSPOT too, with 12 workstations, 40 hours and a host key: none of it carries over.
      expect(sites.get("happy-hollow")).toMatchObject({ workstations: null, weeklyOpenHours: null, hostRecreationCenter: null, region: "North", typeCode: "PPR" });

      const network = (await initiatives()).find((i) => i.slug === "keyspot-network");
      expect(network).toMatchObject({ isDemo: false, partners: [] });
      expect(network?.summary).not.toContain("(DL Hub demo data)");
    });

    it("is not undone by the next seed: the demo KEYSPOTs stay retired and the other demo initiatives stay", async () => {
      await itDepartment.seed?.(dataSource());
      const sites = await sitesBySlug(subgraph.url);
      expect([...sites.keys()].sort()).toEqual(["congreso", "drueding-center", "happy-hollow", "mercy-neighborhood-ministries", "pec-glorias-place", "starr-garden"]);
      const all = await initiatives();
      expect(all).toHaveLength(6);
      expect(all.filter((i) => !i.isDemo).map((i) => i.slug)).toEqual(["keyspot-network"]);
    });
  });

  const data = resolve(__dirname, "../../../../shared/data/phl");
  const describeIfData = describeWithCityData(data);

  describeIfData("from the 2015 list in shared/data", () => {
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(itDepartment, { seed: false });
    });
    afterAll(() => subgraph?.stop());

    it("imports all 44 sites: 19 at recreation centres, 4 Free Library Hot Spots, 21 other non-profits", async () => {
      const file = resolve(data, "keyspots_2015_sco-tt.geojson");
      const dataSource = subgraph.service.database.dataSource;
      expect((await keyspotsImporter.run(file, dataSource)).tables.keyspot_site).toEqual({ inserted: 44, updated: 0, unchanged: 0, retired: 0 });
      const kinds = await dataSource.query(
        `SELECT host_kind, library_hot_spot, type_code, count(*)::int AS sites FROM keyspot_site GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      );
      expect(kinds).toEqual([
        { host_kind: "COMMUNITY_ORGANIZATION", library_hot_spot: false, type_code: "Non-Profit", sites: 21 },
        { host_kind: "COMMUNITY_ORGANIZATION", library_hot_spot: true, type_code: "FLP", sites: 4 },
        { host_kind: "RECREATION_CENTER", library_hot_spot: false, type_code: "PPR", sites: 19 },
      ]);
      const cities = await dataSource.query(`SELECT count(*)::int AS n FROM keyspot_site WHERE address IS NULL OR address ~* 'philadelphia|\\n'`);
      expect(cities).toEqual([{ n: 0 }]);
      expect((await keyspotsImporter.run(file, dataSource)).tables.keyspot_site).toMatchObject({ inserted: 0, retired: 0 });
    });
  });
});
