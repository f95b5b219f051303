import { queryOk } from "@dlhub/subgraph-kit/testing";
import { multiplyInitiatives } from "./multiply-initiatives";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * The hub's performance rule: SQL statements per GraphQL request do not grow with the rows
 * returned. One request asks every department for its initiatives with nested relations and
 * cross-department references; 10 rows and 200 rows must cost the same number of statements.
 */
const QUERY = `query($first: Int!) {
  itInitiatives(first: $first) { nodes { title sites { name } partners { name } outcomes { value }
    keyspotSites { name hostBranch { name classes { title } } hostRecreationCenter { name computerLabs { workstations } } } } }
  libraryInitiatives(first: $first) { nodes { title partners { name } outcomes { value } sites { name }
    classes { title sessions { attendance } branch { name keyspotSites { name } } } hotSpotLabs { name } techmobileStops { locationName } } }
  commerceInitiatives(first: $first) { nodes { title partners { name } outcomes { value } sites { name }
    cohorts { name corridor { name } businesses { completed } } workforceGrants { amountUsd } } }
  parksInitiatives(first: $first) { nodes { title partners { name } outcomes { value } sites { name }
    computerLabs { workstations center { name keyspotSites { name } } } afterschoolCamps { seats center { name } } } }
}`;

describe("SQL statements per request", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
    for (const subgraph of hub.subgraphs) {
      const count = await multiplyInitiatives(subgraph.database.dataSource, 60);
      expect(count).toBeGreaterThanOrEqual(200);
    }
  });
  afterAll(() => hub?.stop());

  /**
   * Loads that resolve in different ticks (a centre reached through labs and through camps) may
   * form one batch or two depending on timing, so each size is measured a few times and the
   * smallest count kept; a per-row query would show in every run.
   */
  async function statementsFor(first: number): Promise<{ statements: number; rows: number }> {
    const runs: number[] = [];
    let rows = 0;
    for (let run = 0; run < 3; run += 1) {
      const before = hub.statements();
      const data = await queryOk<Record<string, { nodes: unknown[] }>>(hub.gatewayUrl, QUERY, { first });
      runs.push(hub.statements() - before);
      rows = Object.values(data).reduce((sum, connection) => sum + connection.nodes.length, 0);
    }
    return { statements: Math.min(...runs), rows };
  }

  it("is the same for 10 and for 200 initiatives per department", async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(200);
    expect(small.rows).toBe(40);
    expect(large.rows).toBe(800);
    expect(large.statements).toBe(small.statements);
    // Bounded by the relations asked for, not by rows: a handful per department.
    expect(small.statements).toBeLessThan(60);
  });
});
