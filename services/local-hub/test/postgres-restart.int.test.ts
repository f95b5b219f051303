import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, freePort } from "@dlhub/subgraph-kit";
import { type PostgresProcess, postGraphql, startPostgresProcess } from "@dlhub/subgraph-kit/testing";
import { type Hub, startHub } from "@dlhub/local-hub";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { waitFor } from "./steady-stream";

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
  let hub: Hub;
  const query = `{
    initiatives(first: 20) { nodes { title department library { classes { title } } } }
    libraryInitiatives(first: 5) { nodes { title } }
  }`;

  beforeAll(async () => {
    port = await freePort();
    postgres = await startPostgresProcess({ dataDir, port });
    hub = await startHub({
      serverUrl: postgres.serverUrl,
      gatewayPort: 0,
      registryPort: 0,
      subgraphPort: () => 0,
      tokenSecret: randomBytes(32).toString("base64url"),
      seed: true,
      syncIntervalMs: 200,
      logger: createLogger("dlhub", "silent"),
    });
    await waitFor(async () => ((await feedsCaughtUp(hub)) ? true : undefined), 20_000);
  });
  afterAll(async () => {
    await hub?.close();
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers with clear codes while PostgreSQL is away and in full within 5 seconds of its return", async () => {
    const answers: { at: number; status: number | "network"; codes: unknown[] }[] = [];
    let running = true;
    const stream = Promise.all(
      Array.from({ length: 3 }, async () => {
        while (running) {
          try {
            const response = await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
            const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
            answers.push({ at: Date.now(), status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code) });
          } catch {
            answers.push({ at: Date.now(), status: "network", codes: [] });
          }
        }
      }),
    );
    await waitFor(async () => (answers.length > 10 ? true : undefined), 10_000);

    const stoppedAt = Date.now();
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    postgres = await startPostgresProcess({ dataDir, port });
    const returnedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 6000));
    running = false;
    await stream;

    // The gateway and every service stayed up: every request got an HTTP answer.
    expect(answers.filter((a) => a.status === "network")).toEqual([]);
    const outage = answers.filter((a) => a.at > stoppedAt && a.at < returnedAt);
    expect(outage.some((a) => a.codes.length > 0)).toBe(true);
    const codes = new Set(outage.flatMap((a) => a.codes));
    for (const code of codes) expect(["DATABASE_UNAVAILABLE", "DEPARTMENT_UNAVAILABLE"]).toContain(code);
    const afterReturn = answers.filter((a) => a.at > returnedAt + 5000);
    expect(afterReturn.length).toBeGreaterThan(0);
    for (const answer of afterReturn) expect(answer).toMatchObject({ status: 200, codes: [] });
    const first = answers.find((a) => a.at > returnedAt && a.codes.length === 0);
    console.log(`PostgreSQL back → first full answer after ${first ? first.at - returnedAt : "—"} ms; codes during the outage: ${[...codes].join(", ")}`);
    // And one more, now, in full.
    expect((await postGraphql(hub.gatewayUrl, query)).errors).toBeUndefined();
  });
});
