import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT, checkContract, composeSupergraph } from "@dlhub/schema";
import { buildDepartmentSubgraph } from "@dlhub/subgraph-kit";
import { postGraphql, queryOk, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { immigrantAffairs } from "../src/department.js";
import { initiatives } from "../src/seed/demo-data.js";
import { languageAccessServices } from "../src/seed/demo-language-access.js";
import { venues } from "../src/seed/demo-venues.js";

const committedSdl = (name: string) => readFileSync(join(REPOSITORY_ROOT, "services", name, "schema.graphql"), "utf8");

describe("the Office of Immigrant Affairs subgraph", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(immigrantAffairs);
  });
  afterAll(() => subgraph?.stop());

  it("serves its initiatives with the contract fields, venues, sites and language access", async () => {
    const data = await queryOk<{ immigrantAffairsInitiatives: { totalCount: number; nodes: Record<string, any>[] } }>(
      subgraph.url,
      `{ immigrantAffairsInitiatives(first: 20) { totalCount nodes {
          slug departmentId department title summary kind status audiences languages pillars startDate
          partners { partnerSlug role } outcomes { metric value }
          sites { id kind name address latitude longitude }
          venues { slug kind initiative { slug } }
          languageAccessServices { slug languages channels phone venue { slug } }
      } } }`,
    );
    expect(data.immigrantAffairsInitiatives.totalCount).toBe(5);
    const bySlug = new Map(data.immigrantAffairsInitiatives.nodes.map((n) => [n.slug, n]));

    const workshops = bySlug.get("multilingual-digital-skills-workshops");
    expect(workshops).toMatchObject({ departmentId: "immigrant-affairs", department: "IMMIGRANT_AFFAIRS", kind: "CLASS_SERIES", audiences: ["IMMIGRANTS", "LIMITED_ENGLISH"], languages: ["ES", "ZH", "VI", "AR"] });
    expect(workshops?.sites.map((s: { id: string; kind: string }) => [s.id, s.kind])).toEqual([
      ["immigrant-affairs:partner_site:demo-congreso-american-street", "PARTNER_SITE"],
      ["immigrant-affairs:partner_site:demo-seamaac-south-broad", "PARTNER_SITE"],
      ["immigrant-affairs:library_branch:demo-whitman-library", "LIBRARY_BRANCH"],
    ]);
    expect(workshops?.languageAccessServices.map((s: { slug: string }) => s.slug).sort()).toEqual([
      "demo-congreso-walk-in-sign-up",
      "demo-seamaac-walk-in-sign-up",
      "demo-translated-workshop-guides",
    ]);

    const helpLine = bySlug.get("multilingual-enrolment-help-line");
    expect(helpLine).toMatchObject({ kind: "CONNECTIVITY_PROGRAM", pillars: ["ACCESS", "DEVICES"], sites: [], venues: [] });
    expect(helpLine?.languages).toHaveLength(10);
    expect(helpLine?.languageAccessServices).toEqual([
      { slug: "demo-digital-access-help-line", languages: helpLine?.languages, channels: ["PHONE", "TEXT_MESSAGE"], phone: "215-555-0142", venue: null },
    ]);
    expect(helpLine?.outcomes).toContainEqual({ metric: "CONNECTIONS_ENROLLED", value: 612 });

    expect(bySlug.get("interpreters-at-computer-classes")?.sites.map((s: { kind: string }) => s.kind).sort()).toEqual(["KEYSPOT", "LIBRARY_BRANCH", "LIBRARY_BRANCH"]);
    expect(bySlug.get("smartphone-basics-for-new-arrivals")).toMatchObject({ status: "PLANNED", outcomes: [] });
  });

  it("marks every demo text and places every site in Philadelphia", async () => {
    const data = await queryOk<any>(
      subgraph.url,
      `{ immigrantAffairsInitiatives { nodes { summary sites { latitude longitude } } } languageAccessServices { howToReach } }`,
    );
    for (const { summary } of data.immigrantAffairsInitiatives.nodes) expect(summary).toMatch(/\(DL Hub demo data\)$/);
    for (const { howToReach } of data.languageAccessServices) expect(howToReach).toMatch(/\(DL Hub demo data\)$/);
    for (const { latitude, longitude } of data.immigrantAffairsInitiatives.nodes.flatMap((n: { sites: unknown[] }) => n.sites)) {
      // The City's bounding box: from Fox Chase to the airport, from the Delaware to Overbrook.
      expect(latitude).toBeGreaterThan(39.867);
      expect(latitude).toBeLessThan(40.138);
      expect(longitude).toBeGreaterThan(-75.28);
      expect(longitude).toBeLessThan(-74.955);
    }
  });

  it("names only partners the hub knows", () => {
    const hubPartners = new Set(
      [...readFileSync(join(REPOSITORY_ROOT, "services", "hub", "src", "seed", "demo-partners.ts"), "utf8").matchAll(/slug: "([a-z0-9-]+)"/g)].map((m) => m[1]),
    );
    for (const partner of initiatives.flatMap((i) => i.partners ?? [])) expect(hubPartners).toContain(partner.partnerSlug);
  });

  it("finds language-access services by language and by channel", async () => {
    const data = await queryOk<any>(
      subgraph.url,
      `{ haitianCreole: languageAccessServices(language: HT) { slug }
         walkIn: languageAccessServices(channel: WALK_IN) { slug venue { name address languageAccessServices { slug } } }
         russianByPhone: languageAccessServices(language: RU, channel: PHONE) { slug hours } }`,
    );
    expect(data.haitianCreole.map((s: { slug: string }) => s.slug)).toEqual(["demo-digital-access-help-line", "demo-class-interpreter-requests", "demo-translated-workshop-guides"]);
    expect(data.walkIn).toHaveLength(3);
    for (const service of data.walkIn) expect(service.venue.languageAccessServices.map((s: { slug: string }) => s.slug)).toContain(service.slug);
    expect(data.russianByPhone.map((s: { slug: string }) => s.slug)).toEqual(["demo-digital-access-help-line", "demo-class-interpreter-requests"]);
  });

  it("refuses an unknown language and an oversized page as bad user input", async () => {
    const language = await postGraphql(subgraph.url, `query($l: Language) { languageAccessServices(language: $l) { slug } }`, { l: "KLINGON" });
    expect(language.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const page = await postGraphql(subgraph.url, `{ immigrantAffairsInitiatives(first: 5000) { totalCount } }`);
    expect(page.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("serves its initiative feed", async () => {
    const feed = await fetch(subgraph.url.replace(/\/graphql$/, "/initiative-feed?limit=50"));
    expect(feed.status).toBe(200);
    expect(JSON.stringify(await feed.json())).toContain("multilingual-enrolment-help-line");
  });

  it("seeds idempotently", async () => {
    await immigrantAffairs.seed?.(subgraph.service.database.dataSource);
    const data = await queryOk<any>(
      subgraph.url,
      `{ immigrantAffairsInitiatives { totalCount nodes { partners { partnerSlug } outcomes { value } } } immigrantAffairsVenues { slug } languageAccessServices { slug } }`,
    );
    expect(data.immigrantAffairsInitiatives.totalCount).toBe(initiatives.length);
    expect(data.immigrantAffairsVenues).toHaveLength(venues.length);
    expect(data.languageAccessServices).toHaveLength(languageAccessServices.length);
    const nodes: { partners: unknown[]; outcomes: unknown[] }[] = data.immigrantAffairsInitiatives.nodes;
    expect(nodes.flatMap((n) => n.partners)).toHaveLength(initiatives.flatMap((i) => i.partners ?? []).length);
    expect(nodes.flatMap((n) => n.outcomes)).toHaveLength(initiatives.flatMap((i) => i.outcomes ?? []).length);
  });
});

describe("the Office of Immigrant Affairs schema", () => {
  it("is committed as the code produces it", async () => {
    expect(committedSdl("immigrant-affairs")).toBe((await buildDepartmentSubgraph(immigrantAffairs)).sdl);
  });

  it("meets the hub contract, checked against the hub's subgraph", () => {
    expect(checkContract(committedSdl("immigrant-affairs"), { name: "immigrant-affairs", hubSdl: committedSdl("hub") })).toEqual({ ok: true, problems: [] });
  });

  it("composes with every other subgraph into one supergraph", () => {
    const names = ["it", "libraries", "commerce", "parks", "hub", "immigrant-affairs"];
    const supergraph = composeSupergraph(names.map((name, i) => ({ name, url: `http://localhost:${4001 + i}/graphql`, sdl: committedSdl(name) })));
    expect(supergraph).toContain("immigrantAffairs: ImmigrantAffairsInitiative");
    expect(supergraph).toContain("type LanguageAccessService");
  });
});
