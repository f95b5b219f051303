import { countStatements, postGraphql, queryOk, statementsOf } from "@dlhub/subgraph-kit/testing";
import { uuid } from "./fixtures/analysis/catalog.js";
import { type AnalysisSubgraph, startAnalysisSubgraph } from "./fixtures/analysis/subgraph.js";

const OVERLAPS = `query($audience: Audience, $neighborhood: ID, $from: LocalDate, $to: LocalDate, $limit: Int) {
  overlaps(audience: $audience, neighborhoodId: $neighborhood, from: $from, to: $to, limit: $limit) {
    first { id departmentId } second { id departmentId } neighborhood { id } sharedAudiences from to } }`;

const OUTCOMES = `query($groupBy: OutcomeGrouping!, $metric: OutcomeMetricKind!, $filter: InitiativeFilter) {
  outcomes(groupBy: $groupBy, metric: $metric, filter: $filter) { key label value initiatives } }`;

/** An overlap as [first, second, neighborhood, shared audiences, from, to], initiatives by fixture number. */
const pair = (first: number, second: number, neighborhood: string, shared: string[], from: string, to: string | null) => [
  uuid(first),
  uuid(second),
  neighborhood,
  shared,
  from,
  to,
];

describe("the hub's analysis: overlaps and outcome totals", () => {
  let hub: AnalysisSubgraph;
  beforeAll(async () => {
    hub = await startAnalysisSubgraph();
  });
  afterAll(() => hub?.stop());

  const overlaps = async (variables: Record<string, unknown> = {}) => {
    const data = await queryOk<any>(hub.url, OVERLAPS, variables);
    return data.overlaps.map((o: any) => [o.first.id, o.second.id, o.neighborhood.id, o.sharedAudiences, o.from, o.to]);
  };

  it("pairs initiatives of different departments sharing an audience, a neighborhood and a period", async () => {
    expect(await overlaps()).toEqual([
      pair(1, 3, "alder", ["SENIORS"], "2024-02-01", "2024-06-30"),
      pair(3, 6, "alder", ["SENIORS"], "2024-05-01", "2024-06-30"),
      pair(1, 5, "birch", ["SENIORS"], "2024-06-01", "2024-08-31"),
      // Both open-ended: the shared period is too.
      pair(1, 7, "birch", ["GENERAL_PUBLIC"], "2024-09-01", null),
    ]);
  });

  it("leaves out pairs of one department, pairs that never run at once, and mirrored pairs", async () => {
    const found = (await overlaps()).map(([first, second]: string[]) => `${first}/${second}`);
    // 1 and 6 are both IT seniors' work in Alder.
    expect(found).not.toContain(`${uuid(1)}/${uuid(6)}`);
    // 2 (IT, 2024) and 4 (Library, 2023) both serve job seekers in Alder, a year apart.
    expect(found).not.toContain(`${uuid(2)}/${uuid(4)}`);
    expect(new Set(found).size).toBe(found.length);
    expect(found.every((key: string) => !found.includes(key.split("/").reverse().join("/")))).toBe(true);
  });

  it("narrows overlaps by audience, neighborhood and dates", async () => {
    expect(await overlaps({ audience: "JOB_SEEKERS" })).toEqual([]);
    expect(await overlaps({ audience: "GENERAL_PUBLIC" })).toEqual([pair(1, 7, "birch", ["GENERAL_PUBLIC"], "2024-09-01", null)]);
    expect((await overlaps({ neighborhood: "birch" })).map((o: unknown[]) => o[1])).toEqual([uuid(5), uuid(7)]);
    expect((await overlaps({ from: "2024-07-01" })).map((o: unknown[]) => o[1])).toEqual([uuid(5), uuid(7)]);
    expect((await overlaps({ to: "2024-04-30" })).map((o: unknown[]) => o[1])).toEqual([uuid(3)]);
    expect((await overlaps({ limit: 2 })).length).toBe(2);
    const refused = await postGraphql(hub.url, OVERLAPS, { from: "2024-07-01", to: "2024-01-01" });
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers overlaps with both initiatives, their departments' names and the neighborhood in five statements", async () => {
    const { answer: data, statements } = await countStatements(statementsOf(hub), () =>
      queryOk<any>(hub.url, `{ overlaps { first { title departmentName } second { title departmentName } neighborhood { name } } }`),
    );
    expect(data.overlaps).toHaveLength(4);
    expect(data.overlaps[0]).toEqual({
      first: { title: "Initiative 1", departmentName: "Office of Innovation and Technology" },
      second: { title: "Initiative 3", departmentName: "Free Library of Philadelphia" },
      neighborhood: { name: "Alder" },
    });
    // The pairs, the demo-rule probe (demo-rule.ts), the initiatives, the neighborhoods and the departments' names.
    expect(statements).toBe(5);
  });

  const outcomes = async (groupBy: string, metric = "PEOPLE_TRAINED", filter?: Record<string, unknown>) =>
    (await queryOk<any>(hub.url, OUTCOMES, { groupBy, metric, filter })).outcomes;

  it("adds up an outcome per department and per quarter", async () => {
    expect(await outcomes("DEPARTMENT_ID")).toEqual([
      { key: "it", label: "Office of Innovation and Technology", value: 220, initiatives: 1 },
      { key: "libraries", label: "Free Library of Philadelphia", value: 90, initiatives: 1 },
      { key: "parks", label: "Parks & Recreation", value: 25, initiatives: 1 },
    ]);
    // The deprecated grouping keys the same groups by the closed enum's values, as before.
    expect(await outcomes("DEPARTMENT")).toEqual([
      { key: "IT", label: "Office of Innovation and Technology", value: 220, initiatives: 1 },
      { key: "LIBRARIES", label: "Free Library of Philadelphia", value: 90, initiatives: 1 },
      { key: "PARKS", label: "Parks & Recreation", value: 25, initiatives: 1 },
    ]);
    expect(await outcomes("QUARTER")).toEqual([
      { key: "2024-Q1", label: "Q1 2024", value: 140, initiatives: 2 },
      { key: "2024-Q2", label: "Q2 2024", value: 195, initiatives: 3 },
    ]);
    expect(await outcomes("DEPARTMENT_ID", "DEVICES_DISTRIBUTED")).toEqual([{ key: "parks", label: "Parks & Recreation", value: 15, initiatives: 1 }]);
  });

  it("credits an initiative's outcome to every neighborhood and audience it has", async () => {
    // 1 (220) has sites in both; 3 (90) only in Alder, 5 (25) only in Birch. Cedar has none.
    expect(await outcomes("NEIGHBORHOOD")).toEqual([
      { key: "alder", label: "Alder", value: 310, initiatives: 2 },
      { key: "birch", label: "Birch", value: 245, initiatives: 2 },
    ]);
    expect(await outcomes("AUDIENCE")).toEqual([
      { key: "SENIORS", label: "Seniors", value: 335, initiatives: 3 },
      { key: "GENERAL_PUBLIC", label: "General public", value: 220, initiatives: 1 },
      { key: "YOUTH", label: "Youth", value: 25, initiatives: 1 },
    ]);
  });

  it("applies the catalog's initiative filter, whose dates also bound the periods counted", async () => {
    const libraryAndParks = [
      { key: "2024-Q1", label: "Q1 2024", value: 40, initiatives: 1 },
      { key: "2024-Q2", label: "Q2 2024", value: 75, initiatives: 2 },
    ];
    expect(await outcomes("QUARTER", "PEOPLE_TRAINED", { departmentIds: ["libraries", "parks"] })).toEqual(libraryAndParks);
    // The deprecated enum filter still picks the same departments.
    expect(await outcomes("QUARTER", "PEOPLE_TRAINED", { departments: ["LIBRARIES", "PARKS"] })).toEqual(libraryAndParks);
    expect((await outcomes("DEPARTMENT_ID", "PEOPLE_TRAINED", { from: "2024-04-01" })).map((t: any) => [t.key, t.value])).toEqual([
      ["it", 120],
      ["libraries", 50],
      ["parks", 25],
    ]);
    expect(await outcomes("NEIGHBORHOOD", "PEOPLE_TRAINED", { neighborhoodId: "cedar" })).toEqual([]);
    const { statements } = await countStatements(statementsOf(hub), () => outcomes("AUDIENCE", "PEOPLE_TRAINED", { audiences: ["SENIORS"], statuses: ["ACTIVE"] }));
    // The totals and the demo-rule probe.
    expect(statements).toBe(2);
  });

  it("refuses a filter giving both departmentIds and the deprecated departments", async () => {
    const refused = await postGraphql(hub.url, OUTCOMES, { groupBy: "DEPARTMENT_ID", metric: "PEOPLE_TRAINED", filter: { departmentIds: ["it"], departments: ["IT"] } });
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining("Give `departmentIds` or the deprecated `departments`, not both"),
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
