import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, freePort } from "@dlhub/subgraph-kit";
import { type PostgresProcess, errorCodes, postGraphql, startPostgresProcess, waitFor } from "@dlhub/subgraph-kit/testing";
import { type LocalHub, startLocalHub } from "@dlhub/local-hub";
import { feedsCaughtUp } from "../src/bench/catch-up";

/**
 * Issue 5's PostgreSQL restart test, in the fault test's shape: the whole hub (registry, every
 * department, the hub, the gateway) on one PostgreSQL server that stops and starts again while the
 * coordinator's queries stream in. Meanwhile answers fail only with clear codes, never a dropped
 * connection or a crash; within 5 seconds of its return every query succeeds in full.
 */
describe("the whole hub through a PostgreSQL restart under load", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "dlhub-hub-restart-"));
  let port: number;
  let postgres: PostgresProcess;
  let hub: LocalHub;
  const query = `{
    initiatives(first: 20) { nodes { title department library { classes { title } } } }
    libraryInitiatives(first: 5) { nodes { title } }
  }`;

  beforeAll(async () => {
    port = await freePort();
    postgres = await startPostgresProcess({ dataDir, port });
    hub = await startLocalHub({
      serverUrl: postgres.serverUrl,
      gatewayPort: 0,
      registryPort: 0,
      subgraphPort: () => 0,
      tokenSecret: randomBytes(32).toString("base64url"),
      seed: true,
      syncIntervalMs: 200,
      logger: createLogger("dlhub", "silent"),
    });
    await waitFor(() => feedsCaughtUp(hub), "the catalog to hold every department's initiatives");
  });
  afterAll(async () => {
    await hub?.close();
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers with clear codes while PostgreSQL is away and in full within 5 seconds of its return", async () => {
    // `sent` and `at` (answered): a request can straddle the stop or the return.
    const answers: { sent: number; at: number; status: number | "network"; codes: string[] }[] = [];
    let running = true;
    const stream = Promise.all(
      Array.from({ length: 3 }, async () => {
        while (running) {
          const sent = Date.now();
          try {
            const response = await postGraphql(hub.gatewayUrl, query);
            answers.push({ sent, at: Date.now(), status: response.status, codes: errorCodes(response) });
          } catch {
            answers.push({ sent, at: Date.now(), status: "network", codes: [] });
          }
        }
      }),
    );
    await waitFor(() => answers.length > 10, "ten answers before the stop");

    const stoppedAt = Date.now();
    await postgres.stop();
    // Away until a handful of requests have been answered without it.
    await waitFor(() => answers.filter((a) => a.at > stoppedAt && a.codes.length > 0).length >= 5, "answers while PostgreSQL is away");
    postgres = await startPostgresProcess({ dataDir, port });
    const returnedAt = Date.now();
    // Until the first full answer after the return, then ten more.
    const first = await waitFor(() => answers.find((a) => a.sent > returnedAt && a.status === 200 && a.codes.length === 0), "a full answer after the return");
    await waitFor(() => answers.filter((a) => a.sent > first.at).length >= 10, "ten answers after the recovery");
    running = false;
    await stream;

    // The gateway and every service stayed up: every request got an HTTP answer.
    expect(answers.filter((a) => a.status === "network")).toEqual([]);
    const outage = answers.filter((a) => a.at > stoppedAt && a.at < returnedAt);
    expect(outage.some((a) => a.codes.length > 0)).toBe(true);
    // Every answer that is not a full one says why, with a code: never a bare 500 or a page of HTML.
    expect(answers.filter((a) => a.status !== 200 && a.codes.length === 0)).toEqual([]);
    const codes = new Set(outage.flatMap((a) => a.codes));
    for (const code of codes) expect(["DATABASE_UNAVAILABLE", "DEPARTMENT_UNAVAILABLE"]).toContain(code);
    // In full within 5 seconds of the return, and every answer after that in full.
    console.log(`PostgreSQL back → first full answer after ${first.at - returnedAt} ms; codes during the outage: ${[...codes].join(", ")}`);
    expect(first.at - returnedAt).toBeLessThan(5000);
    for (const answer of answers.filter((a) => a.sent > first.at)) expect(answer).toMatchObject({ status: 200, codes: [] });
    // And one more, now, in full.
    expect((await postGraphql(hub.gatewayUrl, query)).errors).toBeUndefined();
  });
});
