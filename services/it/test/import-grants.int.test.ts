import { resolve } from "node:path";
import { ImportRejected } from "@dlhub/subgraph-kit";
import { queryOk, startTestSubgraph, type TestSubgraph , describeWithCityData } from "@dlhub/subgraph-kit/testing";
import { grantsImporter } from "../src/import";
import { itDepartment } from "@dlhub/it";

const fixture = (name: string) => resolve(__dirname, "fixtures", name);
const GRANTS = fixture("grants.csv");

interface Round {
  slug: string;
  name: string;
  year: number;
  funder: string;
  focus: string;
  notes: string | null;
  totalAmountUsd: number | null;
  grants: { granteePartnerSlug: string; amountUsd: number | null; focus: string; projectSummary: string; sourceUrl: string | null; initiative: { slug: string } }[];
}
const ROUNDS = `{ grantRounds { slug name year funder focus notes totalAmountUsd
  grants { granteePartnerSlug amountUsd focus projectSummary sourceUrl initiative { slug } } } }`;

const roundsBySlug = async (url: string) => new Map((await queryOk<{ grantRounds: Round[] }>(url, ROUNDS)).grantRounds.map((r) => [r.slug, r]));

describe("importing the grants file", () => {
  describe("into an empty database", () => {
    let subgraph: TestSubgraph;
    const run = (file: string) => grantsImporter.run(file, subgraph.service.database.dataSource);

    beforeAll(async () => {
      subgraph = await startTestSubgraph(itDepartment, { seed: false });
    });
    afterAll(() => subgraph?.stop());

    it("refuses a file with one bad row, names its line and writes nothing", async () => {
      const error = await run(fixture("grants_one_bad_row.csv")).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRejected);
      expect((error as ImportRejected).problems).toEqual([{ line: 5, reason: 'amount_usd: is not a whole number: "25k"' }]);
      expect(await subgraph.service.database.dataSource.query("SELECT count(*)::int AS n FROM grant_round")).toEqual([{ n: 0 }]);
    });

    it("creates rounds, grants and both initiatives, blank amounts and unnamed grantees included", async () => {
      const report = await run(GRANTS);
      expect(report).toMatchObject({ kind: "grants", rows: 6 });
      expect(report.tables).toEqual({
        initiative: { inserted: 2, updated: 0, unchanged: 0, retired: 0 },
        grant_round: { inserted: 4, updated: 0, unchanged: 0, retired: 0 },
        dla_grant: { inserted: 5, updated: 0, unchanged: 0, retired: 0 },
      });

      const rounds = await roundsBySlug(subgraph.url);
      expect([...rounds.keys()].sort()).toEqual(["2015-keyspot-grants", "fall-2024-community-ambassadors", "round-1-innovation", "round-3-2020-census-philly-counts"]);
      const keyspot = rounds.get("2015-keyspot-grants") as Round;
      expect(keyspot).toMatchObject({ year: 2015, focus: "KEYSPOT network grants", notes: "Staff a KEYSPOT lab assistant", totalAmountUsd: null });
      // The funder is spelt out on the round's first row and shortened after.
      expect(keyspot.funder).toBe("City of Philadelphia (via Mayor's Commission on Literacy)");
      expect(keyspot.grants.map((g) => [g.granteePartnerSlug, g.amountUsd, g.focus, g.initiative.slug])).toEqual([
        ["congreso-de-latinos-unidos", null, "KEYSPOT site grant", "keyspot-network"],
        ["pec-glorias-place", null, "KEYSPOT site grant", "keyspot-network"],
      ]);

      const round1 = rounds.get("round-1-innovation") as Round;
      expect(round1).toMatchObject({ focus: "Innovation", notes: "Open call (101 submissions; 8 awards; $167,010 total)" });
      expect(round1.grants.find((g) => g.granteePartnerSlug === "center-for-literacy")).toEqual({
        granteePartnerSlug: "center-for-literacy",
        amountUsd: 23010,
        focus: "Innovation",
        projectSummary: "Classroom and online courses, together, for ESL students in Southwest Philadelphia",
        sourceUrl: "http://generocity.org/philly/2017/06/08/digital-literacy-alliance-grants",
        initiative: { slug: "digital-literacy-alliance-grants" },
      });
      expect(round1.grants.find((g) => g.granteePartnerSlug === "generations-on-line")?.amountUsd).toBe(25000);

      expect(rounds.get("round-3-2020-census-philly-counts")).toMatchObject({ focus: "2020 Census / Philly Counts", notes: "8 awards from 38 submissions", grants: [] });
      expect(rounds.get("fall-2024-community-ambassadors")?.grants[0]).toMatchObject({
        focus: "community ambassadors",
        projectSummary: 'Older-adult "Digital Ambassadors" teaching 12-week courses in senior housing',
      });
    });

    it("is idempotent: the same file again changes nothing", async () => {
      expect(await run(GRANTS)).toMatchObject({ rows: 6, inserted: 0, updated: 0, unchanged: 11, retired: 0 });
    });
  });

  describe("over the demo data", () => {
    let subgraph: TestSubgraph;
    const dataSource = () => subgraph.service.database.dataSource;
    const counts = async () =>
      (
        await dataSource().query(`SELECT (SELECT count(*) FROM grant_round WHERE is_demo)::int AS "demoRounds", (SELECT count(*) FROM grant_round)::int AS rounds,
          (SELECT count(*) FROM dla_grant WHERE is_demo)::int AS "demoGrants", (SELECT count(*) FROM keyspot_site)::int AS keyspots,
          (SELECT count(*) FROM initiative WHERE is_demo)::int AS "demoInitiatives", (SELECT count(*) FROM initiative)::int AS initiatives`)
      )[0];

    beforeAll(async () => {
      subgraph = await startTestSubgraph(itDepartment);
    });
    afterAll(() => subgraph?.stop());

    it("retires the demo rounds and grants, and the demo initiatives of both programs with their demo rows", async () => {
      expect(await counts()).toEqual({ demoRounds: 2, rounds: 2, demoGrants: 6, keyspots: 10, demoInitiatives: 6, initiatives: 6 });
      const report = await grantsImporter.run(GRANTS, dataSource());
      expect(report.tables).toMatchObject({
        dla_grant: { inserted: 5, retired: 6 },
        grant_round: { inserted: 4, retired: 2 },
        initiative: { inserted: 2 },
      });
      // The demo KEYSPOTs belonged to the demo keyspot-network initiative, which gave way to the real one.
      expect(await counts()).toEqual({ demoRounds: 0, rounds: 4, demoGrants: 0, keyspots: 0, demoInitiatives: 4, initiatives: 6 });
      const rounds = await roundsBySlug(subgraph.url);
      expect([...rounds.keys()].sort()).toEqual(["2015-keyspot-grants", "fall-2024-community-ambassadors", "round-1-innovation", "round-3-2020-census-philly-counts"]);
    });

    it("is not undone by the next seed, which hangs no demo row on the real initiatives", async () => {
      await itDepartment.seed?.(dataSource());
      expect(await counts()).toEqual({ demoRounds: 0, rounds: 4, demoGrants: 0, keyspots: 0, demoInitiatives: 4, initiatives: 6 });
      const partners = await dataSource().query(
        `SELECT i.slug, count(p.id)::int AS partners FROM initiative i LEFT JOIN initiative_partner p ON p.initiative_id = i.id WHERE NOT i.is_demo GROUP BY 1 ORDER BY 1`,
      );
      expect(partners).toEqual([
        { slug: "digital-literacy-alliance-grants", partners: 0 },
        { slug: "keyspot-network", partners: 0 },
      ]);
    });
  });

  const data = resolve(__dirname, "../../../../shared/data/phl");
  const describeIfData = describeWithCityData(data);

  describeIfData("from the curated file in shared/data", () => {
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(itDepartment, { seed: false });
    });
    afterAll(() => subgraph?.stop());

    it("imports every row: 6 rounds and 31 named awards, 24 of them without a published amount", async () => {
      const file = resolve(data, "dla_and_keyspot_grants_curated.csv");
      const dataSource = subgraph.service.database.dataSource;
      const report = await grantsImporter.run(file, dataSource);
      expect(report).toMatchObject({ rows: 32 });
      expect(report.tables).toMatchObject({ grant_round: { inserted: 6 }, dla_grant: { inserted: 31 } });
      const amounts = await dataSource.query(
        `SELECT r.name, count(g.id)::int AS grants, count(g.amount_usd)::int AS with_amount
           FROM grant_round r LEFT JOIN dla_grant g ON g.round_id = r.id GROUP BY r.name, r.year ORDER BY r.year, r.name`,
      );
      expect(amounts).toEqual([
        { name: "2015 KEYSPOT grants", grants: 13, with_amount: 0 },
        { name: "Round 1 (Innovation)", grants: 8, with_amount: 3 },
        { name: "Round 2 (Innovation + Sustainability)", grants: 5, with_amount: 0 },
        { name: "Round 3 (2020 Census / Philly Counts)", grants: 0, with_amount: 0 },
        { name: "Winter 2020 (Immigrant & LEP)", grants: 1, with_amount: 0 },
        { name: "Fall 2024 (community ambassadors)", grants: 4, with_amount: 4 },
      ]);
      expect(await grantsImporter.run(file, dataSource)).toMatchObject({ inserted: 0, updated: 0 });
    });
  });
});
