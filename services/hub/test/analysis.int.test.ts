import { Department, InitiativeStatus, OutcomeMetricKind, SiteKind } from "@dlhub/schema";
import { countStatements, expectConstantStatements, postGraphql, queryOk, statementsOf } from "@dlhub/subgraph-kit/testing";
import { initiativeRow, outcomeRow, placeRow, siteRow } from "./fixtures/analysis/catalog.js";
import { neighborhoodRow } from "./fixtures/analysis/places.js";
import { type AnalysisSubgraph, startAnalysisSubgraph } from "./fixtures/analysis/subgraph.js";
import { CatalogOutcome } from "../src/catalog/catalog-rows.entity.js";
import { Initiative } from "../src/catalog/initiative.entity.js";
import { Site } from "../src/catalog/site.entity.js";
import { Place } from "../src/places/place.entity.js";
import { Neighborhood } from "../src/geography/neighborhood.entity.js";

const ROLLUPS = `{ neighborhoods { id
  initiativeCounts { departmentId departmentName department count }
  sites { id name kind departmentId departmentName department workstations weeklyOpenHours }
  keyspotSites keyspotSitesWithFigures keyspotWorkstations keyspotWeeklyOpenHours openPlaces openPlacesWithFigures publicComputers peopleServed } }`;

/** A department as the roll-ups answer it: its id, the name the registry gives it, and the deprecated enum value. */
const IT = { departmentId: "it", departmentName: "Office of Innovation and Technology", department: "IT" };
const LIBRARIES = { departmentId: "libraries", departmentName: "Free Library of Philadelphia", department: "LIBRARIES" };
const PARKS = { departmentId: "parks", departmentName: "Parks & Recreation", department: "PARKS" };

const GAPS = `query($audiences: [Audience!], $limit: Int, $district: ID) {
  coverageGaps(audiences: $audiences, limit: $limit, planningDistrictId: $district) {
    neighborhood { id name } needBasis needHouseholds subscriptionShare population indicatorIsDemo
    sites keyspotSites workstations weeklyOpenHours initiativesForAudiences score reasons } }`;

describe("the hub's analysis: neighborhood roll-ups and coverage gaps", () => {
  let hub: AnalysisSubgraph;
  beforeAll(async () => {
    hub = await startAnalysisSubgraph();
  });
  afterAll(() => hub?.stop());

  /** Statements the service sent to answer one request. */
  const statementsFor = async (query: string) => (await countStatements(statementsOf(hub), () => queryOk(hub.url, query))).statements;

  it("rolls up each neighborhood's initiatives, distinct sites, computers and people served", async () => {
    const data = await queryOk<any>(hub.url, ROLLUPS);
    const [alder, birch, cedar] = data.neighborhoods;
    expect(alder).toEqual({
      id: "alder",
      // IT: 1, 2 and 6; the Library: 3 and the ended 4.
      initiativeCounts: [{ ...IT, count: 3 }, { ...LIBRARIES, count: 2 }],
      // k1 is listed by initiatives 1 and 2 and lb1 by 3 and 4: each place once.
      sites: [
        { id: "it:keyspot:k1", name: "k1", kind: "KEYSPOT", ...IT, workstations: 10, weeklyOpenHours: 40 },
        { id: "libraries:library_branch:lb1", name: "lb1", kind: "LIBRARY_BRANCH", ...LIBRARIES, workstations: 20, weeklyOpenHours: 50 },
        { id: "it:partner_site:p1", name: "p1", kind: "PARTNER_SITE", ...IT, workstations: null, weeklyOpenHours: null },
      ],
      keyspotSites: 1,
      keyspotSitesWithFigures: 1,
      keyspotWorkstations: 10,
      keyspotWeeklyOpenHours: 40,
      // k1, lb1 and p1, whose source states no computers: 30 is what two of the three say.
      openPlaces: 3,
      openPlacesWithFigures: 2,
      publicComputers: 30,
      // 1: 100 + 120 trained + 30 connected; 3: 40 + 50 trained; 2's 500 VISITS are not people served.
      peopleServed: 340,
    });
    expect(birch).toEqual({
      id: "birch",
      initiativeCounts: [{ ...PARKS, count: 2 }, { ...IT, count: 1 }],
      sites: [
        { id: "it:keyspot:k2", name: "k2", kind: "KEYSPOT", ...IT, workstations: 8, weeklyOpenHours: 30 },
        { id: "parks:recreation_center:r1", name: "r1", kind: "RECREATION_CENTER", ...PARKS, workstations: 6, weeklyOpenHours: 20 },
      ],
      keyspotSites: 1,
      keyspotSitesWithFigures: 1,
      keyspotWorkstations: 8,
      keyspotWeeklyOpenHours: 30,
      openPlaces: 2,
      openPlacesWithFigures: 2,
      publicComputers: 14,
      // 1 counts in full here too (250); 5: 25 trained + 15 devices.
      peopleServed: 290,
    });
    expect(cedar).toEqual({
      id: "cedar",
      initiativeCounts: [],
      sites: [],
      keyspotSites: 0,
      keyspotSitesWithFigures: 0,
      keyspotWorkstations: 0,
      keyspotWeeklyOpenHours: 0,
      openPlaces: 0,
      openPlacesWithFigures: 0,
      publicComputers: 0,
      peopleServed: 0,
    });
  });

  it("ranks coverage gaps by need against supply and says why", async () => {
    const data = await queryOk<any>(hub.url, GAPS, { audiences: ["SENIORS"] });
    expect(data.coverageGaps.map((g: any) => g.neighborhood.id)).toEqual(["alder", "birch", "cedar"]);
    const [alder, birch, cedar] = data.coverageGaps;
    // 1000 × 0.4 + 1000 × 0.2 = 600 households; supply 3 sites + 10 × 0.1 + 40 × 0.025 + 2 initiatives = 7.
    expect(alder).toMatchObject({
      needBasis: "HOUSEHOLDS_WITHOUT_BROADBAND",
      needHouseholds: 600,
      population: 4500,
      indicatorIsDemo: true,
      sites: 3,
      keyspotSites: 1,
      workstations: 10,
      weeklyOpenHours: 40,
      // 1 and 3; 6 serves seniors there too but is only PLANNED.
      initiativesForAudiences: 2,
      score: 75,
      reasons: [
        "30% of households without a broadband subscription (demo indicator)",
        "3 open public places",
        "1 KEYSPOT site with 10 workstations open 40 hours a week",
        "2 active initiatives for seniors",
      ],
    });
    expect(alder.subscriptionShare).toBeCloseTo(0.7, 10);
    // 2000 × 0.1 = 200; supply 2 + 0.8 + 0.75 + 2 (1 and 5; 7 is PAUSED) = 5.55.
    expect(birch).toMatchObject({ needHouseholds: 200, indicatorIsDemo: false, initiativesForAudiences: 2 });
    expect(birch.score).toBeCloseTo(200 / 6.55, 10);
    expect(birch.reasons).toEqual([
      "10% of households without a broadband subscription",
      "2 open public places",
      "1 KEYSPOT site with 8 workstations open 30 hours a week",
      "2 active initiatives for seniors",
    ]);
    // Cedar's score (3,000 people, no supply) is the largest, but a head count ranks after measured need.
    expect(cedar).toMatchObject({
      needBasis: "POPULATION",
      needHouseholds: null,
      subscriptionShare: null,
      population: 3000,
      score: 3000,
      reasons: ["no broadband indicator for its tracts: ranked by its population of 3,000", "no open public place", "no KEYSPOT site", "no active initiative for seniors"],
    });
  });

  it("counts initiatives for the chosen audiences only, or every active one when none is chosen", async () => {
    const youth = await queryOk<any>(hub.url, GAPS, { audiences: ["YOUTH"] });
    expect(youth.coverageGaps.map((g: any) => [g.neighborhood.id, g.initiativesForAudiences, g.reasons[3]])).toEqual([
      ["alder", 0, "no active initiative for youth"],
      ["birch", 1, "only 1 active initiative for youth"],
      ["cedar", 0, "no active initiative for youth"],
    ]);
    expect(youth.coverageGaps[0].score).toBe(100);
    const everyone = await queryOk<any>(hub.url, GAPS, {});
    expect(everyone.coverageGaps.map((g: any) => g.reasons[3])).toEqual(["3 active initiatives", "2 active initiatives", "no active initiative"]);
    const both = await queryOk<any>(hub.url, GAPS, { audiences: ["YOUTH", "JOB_SEEKERS"] });
    expect(both.coverageGaps[0].reasons[3]).toBe("only 1 active initiative for youth or job seekers");
  });

  it("limits to a planning district and a number of neighborhoods, and refuses a bad limit", async () => {
    const east = await queryOk<any>(hub.url, GAPS, { district: "east" });
    expect(east.coverageGaps.map((g: any) => g.neighborhood.name)).toEqual(["Cedar"]);
    const top = await queryOk<any>(hub.url, GAPS, { limit: 1 });
    expect(top.coverageGaps.map((g: any) => g.neighborhood.id)).toEqual(["alder"]);
    const refused = await postGraphql(hub.url, GAPS, { limit: 0 });
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers coverage gaps with their neighborhoods in three statements", async () => {
    // The ranking, whether the hub holds real data (demo-rule.ts), and the neighborhoods.
    expect(await statementsFor(`{ coverageGaps { score neighborhood { name } } }`)).toBe(3);
  });

  it("sends as many statements for the roll-ups of 30 neighborhoods as of 3", async () => {
    const bare = await statementsFor(`{ neighborhoods { id } }`);
    const ofThree = await statementsFor(ROLLUPS);
    // One each for initiative counts, sites, people served and the places' computers, and one
    // asking whether the hub holds real data (demo-rule.ts); the departments' names come with
    // the counts and the sites.
    expect(ofThree).toBe(bare + 5);

    // 27 more neighborhoods, each with an initiative of its own, its site, place and outcome.
    const extra = Array.from({ length: 27 }, (_, i) => i + 1);
    const departments = [Department.IT, Department.LIBRARIES, Department.PARKS];
    const grow = async () => {
      await hub.fixture.getRepository(Neighborhood).insert(extra.map((i) => neighborhoodRow(`extra-${i}`, `Extra ${i}`, 3 + i, null)));
      await hub.fixture.getRepository(Initiative).insert(extra.map((i) => initiativeRow(100 + i, departments[i % 3], InitiativeStatus.ACTIVE, [], "2024-01-01", null)));
      const extraSites = extra.map((i) => siteRow(100 + i, `it:keyspot:x${i}`, SiteKind.KEYSPOT, `extra-${i}`, 5, 10));
      await hub.fixture.getRepository(Site).insert(extraSites);
      await hub.fixture.getRepository(Place).insert(extraSites.map(placeRow));
      await hub.fixture.getRepository(CatalogOutcome).insert(extra.map((i) => outcomeRow(100 + i, OutcomeMetricKind.PEOPLE_TRAINED, i, 1)));
    };
    const { small, large } = await expectConstantStatements({ statements: statementsOf(hub), request: () => queryOk(hub.url, ROLLUPS), grow });
    expect([small.objects.neighborhoods, large.objects.neighborhoods]).toEqual([3, 30]);
    const data = await queryOk<any>(hub.url, ROLLUPS);
    expect(data.neighborhoods.find((n: any) => n.id === "extra-7")).toMatchObject({ keyspotWorkstations: 5, publicComputers: 5, peopleServed: 7 });
    expect(large.statements).toBe(ofThree);
  });

  it("counts a KEYSPOT whose source states no computers as a site with figures unknown, not as 0 computers", async () => {
    const silent = placeRow(siteRow(1, "it:keyspot:silent", SiteKind.KEYSPOT, "cedar", null, null));
    await hub.fixture.getRepository(Place).insert(silent);
    try {
      const data = await queryOk<any>(hub.url, `{ neighborhood(id: "cedar") {
        keyspotSites keyspotSitesWithFigures keyspotWorkstations openPlaces openPlacesWithFigures publicComputers } }`);
      expect(data.neighborhood).toEqual({
        keyspotSites: 1,
        keyspotSitesWithFigures: 0,
        keyspotWorkstations: 0,
        openPlaces: 1,
        openPlacesWithFigures: 0,
        publicComputers: 0,
      });
      const gaps = await queryOk<any>(hub.url, GAPS, { district: "east" });
      expect(gaps.coverageGaps[0].reasons).toContain("1 KEYSPOT site (workstations and hours not stated)");
    } finally {
      await hub.fixture.getRepository(Place).delete({ id: silent.id });
    }
  });
});
