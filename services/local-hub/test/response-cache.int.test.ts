import { parsePrometheusText, queryOk, sampleSum, sendHttp, waitFor } from "@dlhub/subgraph-kit/testing";
import { type TestHub, startTestHub } from "./start-test-hub";
import { feedsCaughtUp, waitForCatalog } from "../src/bench/catch-up";

const POLL_MS = 100;
/** The test hub's sync interval (start-test-hub.ts). */
const SYNC_MS = 200;

/** The catalog's initiatives and two departments' own details of them, read directly from those departments. */
const CATALOG = `{
  initiatives(first: 30) { nodes { title departmentId parks { computerLabs { workstations } } library { classes { title } } } }
}`;

/**
 * The whole hub with the gateway's response cache on: a repeated question costs the subgraphs no
 * statement, and a department's edit, whether the catalog carries it (through the hub's sync) or
 * only the department answers it, reaches the coordinator within the sync interval and a poll.
 */
describe("the gateway's response cache over the whole hub", () => {
  let hub: TestHub;
  const service = (name: string) => {
    const found = hub.subgraphs.find((s) => s.name === name);
    if (!found) throw new Error(`no ${name} subgraph`);
    return found.database.dataSource;
  };
  const catalog = () => queryOk<any>(hub.gatewayUrl, CATALOG);

  beforeAll(async () => {
    hub = await startTestHub({ responseCache: { maxBytes: 8 * 1024 * 1024, pollMs: POLL_MS, maxAgeMs: 60_000 } });
    await waitForCatalog(hub, "the catalog to hold every department's initiatives", () => feedsCaughtUp(hub), 30_000);
  });
  afterAll(() => hub?.stop());

  /** Asks until an answer is kept: the repeat runs no statement in any subgraph. */
  async function keptCatalog(): Promise<any> {
    let answer: any;
    await waitFor(
      async () => {
        await catalog();
        const before = hub.statements();
        answer = await catalog();
        return hub.statements() === before;
      },
      "the catalog's answer kept",
      { timeoutMs: 10_000, intervalMs: POLL_MS },
    );
    return answer;
  }

  /** Moves of any subgraph's data version the gateway has seen; each drops the answers that used it. */
  async function versionMoves(): Promise<number> {
    const moves = "dlhub_gateway_data_version_changes_total";
    return sampleSum(parsePrometheusText((await sendHttp(`${new URL(hub.gatewayUrl).origin}/metrics`)).text), moves, moves);
  }

  it("answers a repeated catalog question without a statement in any subgraph", async () => {
    // Even a quiet sync round records each department's freshness, which the graph answers, so the
    // hub's version moves every round (200 ms here) and the answers that read the hub go with it.
    // The repeats are counted in a window in which the gateway saw no move (failed once in CI when
    // a round fell inside it). The window opens before the answer is known to be kept: a move
    // between the two drops the answer, and the first repeat would then rightly run statements.
    for (let attempt = 1; ; attempt += 1) {
      const moves = await versionMoves();
      const kept = await keptCatalog();
      const before = hub.statements();
      for (let i = 0; i < 5; i += 1) expect(await catalog()).toEqual(kept);
      const statements = hub.statements() - before;
      if ((await versionMoves()) !== moves && attempt < 20) continue;
      expect(statements).toBe(0);
      break;
    }
  });

  it("shows a department's edit of an initiative once the hub has synced it", async () => {
    await keptCatalog();
    const edited = Date.now();
    await service("libraries").query(`UPDATE initiative SET title = 'Techmobile (cache test)' WHERE slug = 'techmobile'`);
    await waitFor(async () => (await catalog()).initiatives.nodes.some((n: any) => n.title === "Techmobile (cache test)"), "the edit through the gateway", {
      timeoutMs: 15_000,
      intervalMs: 20,
    });
    // Recorded, not asserted: a busy machine stretches it, and the bound is the design's, above.
    process.stdout.write(`catalog edit seen through the cache after ${Date.now() - edited} ms (sync ${SYNC_MS} ms, poll ${POLL_MS} ms)\n`);
  });

  it("shows an edit only the department answers, in a table no change feed carries", async () => {
    const kept = await keptCatalog();
    const workstations = (answer: any) =>
      answer.initiatives.nodes.flatMap((n: any) => n.parks?.computerLabs ?? []).reduce((sum: number, lab: { workstations: number }) => sum + lab.workstations, 0);
    const before = workstations(kept);
    expect(before).toBeGreaterThan(0);
    await service("parks").query(`UPDATE computer_lab SET workstations = workstations + 1`);
    await waitFor(async () => workstations(await catalog()) > before, "the parks edit through the gateway", { timeoutMs: 15_000, intervalMs: 20 });
  });
});
