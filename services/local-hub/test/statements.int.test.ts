import { Role, mintDevelopmentToken } from "@dlhub/schema";
import { type SubgraphService } from "@dlhub/subgraph-kit";
import { expectConstantStatements, multiplyDepartmentData, queryOk, waitFor } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * The hub's performance rule: SQL statements per GraphQL request do not grow with the rows
 * returned. Each request is measured on a smaller answer and on a larger one, and the larger must
 * hold more objects at every path it reads — initiatives and every entity they reference, within
 * a department (branches, classes, sessions, centres, corridors…), across departments (a KEYSPOT's
 * host branch and centre) and in the hub (sites, partners, outcomes, links, notes, neighborhoods)
 * — so a per-row query on any relation would show (expectConstantStatements).
 */
const DEPARTMENTS_QUERY = `query($first: Int!) {
  itInitiatives(first: $first) { nodes { title sites { name } partners { name } outcomes { value }
    keyspotSites { name hostBranch { name classes { title } } hostRecreationCenter { name computerLabs { workstations } } } } }
  libraryInitiatives(first: $first) { nodes { title partners { name } outcomes { value } sites { name }
    classes { title sessions { attendance } branch { name keyspotSites { name } } } hotSpotLabs { name } techmobileStops { locationName } } }
  commerceInitiatives(first: $first) { nodes { title partners { name } outcomes { value } sites { name }
    cohorts { name corridor { name } businesses { completed } } workforceGrants { amountUsd } } }
  parksInitiatives(first: $first) { nodes { title partners { name } outcomes { value } sites { name }
    computerLabs { workstations center { name keyspotSites { name } } } afterschoolCamps { seats } } }
}`;
// A camp's centre is not asked here: the centre loader asked from labs and from camps in one query
// sends one statement or two by which list arrives first (expectConstantStatements), which made this
// count differ by one under load. Parks' own statements suite counts camps' centres on their own.

/** The coordinator's catalog view: hub fields plus every department's detail, across subgraphs. */
const CATALOG_QUERY = `query($first: Int!) {
  initiatives(first: $first) { nodes { title department departmentSyncedAt
    sites { name neighborhood { name } planningDistrict { name } } partners { name } outcomes { value }
    links { other { title } } notes { body }
    it { keyspotSites { name hostBranch { name } } } library { classes { title branch { name } } }
    commerce { cohorts { name corridor { name } } } parks { computerLabs { workstations center { name } } } } }
}`;

/** The neighborhood roll-ups, for one planning district's neighborhoods or for every one. */
const NEIGHBORHOODS_QUERY = `query($district: ID) {
  neighborhoods(planningDistrictId: $district) { name initiativeCounts { department count } sites { name } keyspotWorkstations publicComputers
    peopleServed internetSubscriptionShare planningDistrict { name } }
}`;

/** Copies of every department's rows: each copy a whole second department, references and all. */
const COPIES = 9;

describe("SQL statements per request", () => {
  let hub: TestHub;
  let token: string;
  const departments = () => hub.subgraphs.filter((s) => s.name !== "hub");
  const service = (name: string) => hub.subgraphs.find((s) => s.name === name) as SubgraphService;
  const ask = (query: string, variables: Record<string, unknown>) => queryOk(hub.gatewayUrl, query, variables, { token });
  /** A connection's nodes by its field name: the one connection object of a field never grows, its nodes do. */
  const nodesOf = async (answer: Promise<Record<string, unknown>>) =>
    Object.fromEntries(Object.entries(await answer).map(([field, connection]) => [field, (connection as { nodes: unknown[] }).nodes]));

  /**
   * Grows every department: copies of all its tables, then OIT's KEYSPOT copies pointed at the
   * same copy's host branch and centre (keys the copies suffix alike), since those references
   * cross databases and no foreign key tells the copier about them. Then waits for the catalog.
   */
  async function growEveryDepartment(): Promise<void> {
    for (const department of departments()) await multiplyDepartmentData(department.database.dataSource, COPIES);
    await service("it").database.dataSource.query(`UPDATE keyspot_site
      SET host_branch_code = host_branch_code || substring(slug from '-copy[0-9]+$'),
          host_recreation_center_asset_id = host_recreation_center_asset_id || substring(slug from '-copy[0-9]+$')
      WHERE slug ~ '-copy[0-9]+$'`);
    // Titles lead with their copy's number, so the catalog (by title) lists one whole set, every
    // department's every initiative, before the next: a page of one set is the smaller answer.
    for (const department of departments()) {
      await department.database.dataSource.query(
        `UPDATE initiative SET title = 'C' || lpad(coalesce(substring(slug from '-copy([0-9]+)$'), '0'), 4, '0') || ' ' || title`,
      );
    }
    await waitFor(() => feedsCaughtUp(hub), "the catalog to hold every copied initiative", { timeoutMs: 60_000 });
  }

  beforeAll(async () => {
    hub = await startTestHub();
    // The coordinator's view includes notes, which only the coordinator may read.
    token = await mintDevelopmentToken(hub.tokenSecret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
    await waitFor(() => feedsCaughtUp(hub), "the catalog to hold every department's initiatives");
  });
  afterAll(() => hub?.stop());

  it("is the same for every department's initiatives with everything they reference, before and after every table grew tenfold", async () => {
    const { small, large } = await expectConstantStatements({
      statements: () => hub.statements(),
      request: () => nodesOf(ask(DEPARTMENTS_QUERY, { first: 100 })),
      grow: growEveryDepartment,
    });
    expect(small.objects.libraryInitiatives * (COPIES + 1)).toBe(large.objects.libraryInitiatives);
    // Bounded by the relations asked for, not by rows: a handful per department.
    expect(small.statements).toBeLessThan(60);
  });

  it("is the same for one set and for five sets of catalog initiatives with their links, notes and every department's detail", async () => {
    const [{ set }] = await service("hub").database.dataSource.query(`SELECT count(*)::int AS set FROM catalog_initiative WHERE title LIKE 'C0000 %'`);
    // Every catalog initiative gets a coordinator's note and a link to the next one, so those grow too.
    await service("hub").database.dataSource.query(`
      WITH ordered AS (SELECT id, lead(id) OVER (ORDER BY id) AS next FROM catalog_initiative)
      INSERT INTO initiative_link (from_id, to_id, kind) SELECT id, next, 'REFERS_TO' FROM ordered WHERE next IS NOT NULL`);
    await service("hub").database.dataSource.query(`INSERT INTO coordinator_note (initiative_id, body) SELECT id, 'Seen at the ' || title FROM catalog_initiative`);
    const { small } = await expectConstantStatements({
      statements: () => hub.statements(),
      request: (size) => nodesOf(ask(CATALOG_QUERY, { first: size === "small" ? set : 5 * set })),
    });
    expect(small.objects.initiatives).toBe(set);
    expect(small.statements).toBeLessThan(60);
  });

  it("is the same for one planning district's neighborhood roll-ups and for every neighborhood's", async () => {
    const { planningDistricts } = await ask(`{ planningDistricts { id neighborhoods { id } } }`, {}) as { planningDistricts: { id: string; neighborhoods: unknown[] }[] };
    const [smallest] = planningDistricts.filter((d) => d.neighborhoods.length > 0).sort((a, b) => a.neighborhoods.length - b.neighborhoods.length);
    const { small, large } = await expectConstantStatements({
      statements: () => hub.statements(),
      request: (size) => ask(NEIGHBORHOODS_QUERY, { district: size === "small" ? smallest.id : null }),
    });
    expect(large.objects.neighborhoods).toBeGreaterThan(small.objects.neighborhoods);
  });
});
