import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ImportRejected } from "@dlhub/subgraph-kit";
import { queryOk, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { KeyspotSite } from "../src/keyspots/keyspot-site.entity";
import { keyspotsImporter } from "../src/import";
import { it as oit } from "@dlhub/it";

const fixture = (name: string) => resolve(__dirname, "fixtures", name);
const LIST_2015 = fixture("keyspots_2015.geojson");
const SITE_FIELDS = "slug name address hostKind hostName libraryHotSpot region phone workstations weeklyOpenHours hostBranch { code } hostRecreationCenter { assetId } hostPartnerSlug";

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
      subgraph = await startTestSubgraph(oit, { seed: false });
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
      expect(report).toMatchObject({ kind: "keyspots", rows: 6, inserted: 7, updated: 0, unchanged: 0 });
      expect(report.tables).toEqual({ initiative: { inserted: 1, updated: 0, unchanged: 0 }, keyspot_site: { inserted: 6, updated: 0, unchanged: 0 } });

      const sites = await sitesBySlug(subgraph.url);
      expect([...sites.keys()].sort()).toEqual(["congreso", "drueding-center", "happy-hollow", "mercy-neighborhood-ministries", "pec-glorias-place", "starr-garden"]);
      expect(sites.get("happy-hollow")).toEqual({
        slug: "happy-hollow",
        name: "Happy Hollow Recreation Center",
        address: "4740 Wayne Ave",
        hostKind: "RECREATION_CENTER",
        hostName: "Happy Hollow Recreation Center",
        libraryHotSpot: false,
        region: "North",
        phone: null,
        // Not in the file, so not invented.
        workstations: null,
        weeklyOpenHours: null,
        hostBranch: null,
        hostRecreationCenter: null,
        hostPartnerSlug: null,
      });
      expect(sites.get("mercy-neighborhood-ministries")).toMatchObject({ hostKind: "COMMUNITY_ORGANIZATION", libraryHotSpot: true, address: "1939 W. Venango Street" });
      expect(sites.get("pec-glorias-place")).toMatchObject({ name: "PEC - Gloria's Place", address: "3902 Spring Garden St", hostKind: "COMMUNITY_ORGANIZATION" });
      expect(sites.get("drueding-center")?.address).toBe("413 W Master St");

      const initiative = await queryOk<{ itInitiatives: { nodes: { slug: string; kind: string; keyspotSites: unknown[] }[] } }>(
        subgraph.url,
        "{ itInitiatives(first: 10) { nodes { slug kind keyspotSites { slug } } } }",
      );
      expect(initiative.itInitiatives.nodes).toEqual([expect.objectContaining({ slug: "keyspot-network", kind: "OPEN_LAB" })]);
      expect(initiative.itInitiatives.nodes[0]?.keyspotSites).toHaveLength(6);
    });

    it("is idempotent: the same file again changes nothing", async () => {
      expect(await run("keyspots_2015.geojson")).toMatchObject({ rows: 6, inserted: 0, updated: 0, unchanged: 7 });
      expect(await subgraph.service.database.dataSource.getRepository(KeyspotSite).count()).toBe(6);
    });

    it("takes the City's later shape, with phones and mobile sites, and keeps what it does not know", async () => {
      const report = await run("keyspots_official.geojson");
      expect(report.tables.keyspot_site).toEqual({ inserted: 2, updated: 1, unchanged: 0 });
      const sites = await sitesBySlug(subgraph.url);
      expect(sites.get("happy-hollow")).toMatchObject({ phone: "(215) 555-0142", region: "North", address: "4740 Wayne Ave", hostKind: "RECREATION_CENTER" });
      expect(sites.get("mobile")).toMatchObject({ name: "Mobile KEYSPOT", address: null, hostKind: "COMMUNITY_ORGANIZATION", phone: "(215) 555-0187" });
      // A library by name, but the file has no branch code: the kind is kept, the reference is not made up.
      expect(sites.get("lillian-marrero-library")).toMatchObject({ hostKind: "LIBRARY_BRANCH", hostBranch: null, hostName: "Lillian Marrero Library" });
    });

    it("refuses a file mixing the two shapes", async () => {
      const error = (await run("keyspots_mixed.geojson").catch((e: unknown) => e)) as ImportRejected;
      expect(error.problems).toEqual([expect.objectContaining({ feature: 2, reason: "has the City's properties where feature 1 has the 2015 list's" })]);
    });
  });

  describe("over the demo data", () => {
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(oit);
    });
    afterAll(() => subgraph?.stop());

    it("updates demo sites by slug and keeps their workstations, hours and host keys", async () => {
      const report = await keyspotsImporter.run(LIST_2015, subgraph.service.database.dataSource);
      expect(report.tables).toEqual({ initiative: { inserted: 0, updated: 0, unchanged: 1 }, keyspot_site: { inserted: 4, updated: 2, unchanged: 0 } });
      const sites = await sitesBySlug(subgraph.url);
      expect(sites.size).toBe(14);
      expect(sites.get("happy-hollow")).toMatchObject({ name: "Happy Hollow Recreation Center", workstations: 12, weeklyOpenHours: 40, hostRecreationCenter: { assetId: "1032" }, region: "North" });
      expect(sites.get("congreso")).toMatchObject({ hostPartnerSlug: "congreso", workstations: 12, hostName: "Congreso" });
    });

    it("drops a host key that no longer fits when a site's kind of host changes", async () => {
      await keyspotsImporter.run(fixture("keyspots_host_change.geojson"), subgraph.service.database.dataSource);
      const sites = await sitesBySlug(subgraph.url);
      expect(sites.get("kensington-library")).toMatchObject({ hostKind: "COMMUNITY_ORGANIZATION", hostBranch: null, libraryHotSpot: true, workstations: 6 });
    });
  });

  const data = resolve(__dirname, "../../../../shared/data/phl");
  const describeIfData = existsSync(data) ? describe : describe.skip;

  describeIfData("from the 2015 list in shared/data", () => {
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(oit, { seed: false });
    });
    afterAll(() => subgraph?.stop());

    it("imports all 44 sites: 19 at recreation centres, 4 Free Library Hot Spots, 21 other non-profits", async () => {
      const file = resolve(data, "keyspots_2015_sco-tt.geojson");
      const dataSource = subgraph.service.database.dataSource;
      expect((await keyspotsImporter.run(file, dataSource)).tables.keyspot_site).toEqual({ inserted: 44, updated: 0, unchanged: 0 });
      const kinds = await dataSource.query(
        `SELECT host_kind, library_hot_spot, count(*)::int AS sites FROM keyspot_site GROUP BY 1, 2 ORDER BY 1, 2`,
      );
      expect(kinds).toEqual([
        { host_kind: "COMMUNITY_ORGANIZATION", library_hot_spot: false, sites: 21 },
        { host_kind: "COMMUNITY_ORGANIZATION", library_hot_spot: true, sites: 4 },
        { host_kind: "RECREATION_CENTER", library_hot_spot: false, sites: 19 },
      ]);
      const cities = await dataSource.query(`SELECT count(*)::int AS n FROM keyspot_site WHERE address IS NULL OR address ~* 'philadelphia|\\n'`);
      expect(cities).toEqual([{ n: 0 }]);
      expect((await keyspotsImporter.run(file, dataSource)).tables.keyspot_site).toEqual({ inserted: 0, updated: 0, unchanged: 44 });
    });
  });
});
