import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeSupergraph } from "@dlhub/schema";
import { dropDatabase } from "@dlhub/subgraph-kit";
import { type ServiceProcess, type TestStack, parsePrometheusText, sampleSum, startServiceProcess, testServerUrl, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type RegistryFixture, committedSdl, edit, publishCommitted, startRegistryFixture } from "../../services/registry/test/registry-fixtures";
import { GATEWAY_DATABASE } from "../src/rate-limit-settings";
import { startStandInSubgraph } from "./stand-in-subgraph";

/*
 * The built gateway (dist/main.js) with GATEWAY_WORKERS=2, as production runs it: a primary and
 * two worker processes sharing one port (port 0: one random port for both). Workers name
 * themselves in /health and /ready (the kit adds `worker`, their pid, in a node:cluster worker).
 *
 * Node's fetch keeps connections alive, and node:cluster hands a worker connections, not
 * requests: every request here goes on a connection of its own, which the primary hands to the
 * workers in turn.
 */

const MAIN = join(__dirname, "..", "dist", "main.js");
const LISTENING = /"url":"(http:\/\/localhost:\d+)\/graphql"[^\n]*"msg":"gateway listening"/;
const RATE_LIMIT = 5;

interface Answer {
  status: number;
  text: string;
  /** The body parsed as JSON ({} when it is not JSON, as /metrics is not). */
  body: Record<string, unknown>;
}

const parsed = (text: string): Record<string, unknown> => {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
};

/** One request on a new connection, closed after it. */
function ask(url: string, { body, address }: { body?: unknown; address?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { connection: "close" };
    if (body !== undefined) headers["content-type"] = "application/json";
    // The gateway trusts the loopback proxy's word: each test is its own client for the rate limit.
    if (address) headers["x-forwarded-for"] = address;
    const sent = request(url, { method: body === undefined ? "GET" : "POST", headers, agent: false }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text, body: parsed(text) }));
    });
    // A connection handed to a worker as it is killed gets no answer: give up on it rather than wait forever.
    sent.setTimeout(2000, () => sent.destroy(new Error("no answer within 2 s")));
    sent.on("error", reject);
    sent.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const greeting = (origin: string, address: string) => ask(`${origin}/graphql`, { body: { query: '{ greeting(name: "ana") }' }, address });
async function metricsText(origin: string): Promise<string> {
  const { status, text } = await ask(`${origin}/metrics`);
  if (status !== 200) throw new Error(`/metrics answered ${status}: ${text}`);
  return text;
}

const workerOf = async (origin: string) => (await ask(`${origin}/health`)).body.worker as number;

/** The workers answering, by asking on new connections until `count` distinct ones have answered. */
async function workersAnswering(origin: string, count: number, what: string): Promise<Set<number>> {
  const seen = new Set<number>();
  await waitFor(async () => (seen.add(await workerOf(origin)), seen.size >= count), what);
  return seen;
}

function startGateway(env: Record<string, string | undefined>): Promise<ServiceProcess> {
  return startServiceProcess(MAIN, {
    GATEWAY_WORKERS: "2",
    GATEWAY_PORT: "0",
    GATEWAY_HOST: "127.0.0.1",
    GATEWAY_TRUSTED_PROXIES: "loopback",
    GATEWAY_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    NODE_ENV: "test",
    LOG_LEVEL: "info",
    // The memory store unless a test names another: none of the environment's databases.
    DATABASE_URL: undefined,
    GATEWAY_DATABASE_URL: undefined,
    GATEWAY_RATE_LIMIT_REDIS_URL: undefined,
    ...env,
  }, LISTENING);
}

/** A stand-in subgraph and its supergraph in a file, as GATEWAY_SUPERGRAPH_PATH names one; returns the file. */
async function fixedSupergraph(stack: TestStack): Promise<string> {
  const subgraph = stack.add(await startStandInSubgraph(), "the stand-in subgraph");
  const folder = mkdtempSync(join(tmpdir(), "dlhub-workers-"));
  stack.defer("the supergraph's folder", () => rmSync(folder, { recursive: true, force: true }));
  const supergraphPath = join(folder, "supergraph.graphql");
  writeFileSync(supergraphPath, composeSupergraph([{ name: subgraph.name, url: subgraph.url, sdl: subgraph.sdl }]));
  return supergraphPath;
}

/** The status of each of `count` requests of one client, one after another, each on a new connection. */
async function statusesOf(origin: string, address: string, count: number): Promise<{ statuses: number[]; codes: unknown[] }> {
  const statuses: number[] = [];
  const codes: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const { status, body } = await greeting(origin, address);
    statuses.push(status);
    if (status !== 200) codes.push((body.errors as { extensions: { code: string } }[])[0].extensions.code);
  }
  return { statuses, codes };
}

describe("the gateway on two workers over a fixed supergraph", () => {
  const stack = useTestStack();
  let gateway: ServiceProcess;
  let origin: string;

  beforeAll(async () => {
    gateway = stack.add(await startGateway({ GATEWAY_SUPERGRAPH_PATH: await fixedSupergraph(stack) }), "the gateway");
    origin = gateway.url;
  }, 60_000);

  it("answers from both workers, neither of them the primary", async () => {
    const workers = await workersAnswering(origin, 2, "both workers to answer");
    expect(workers.has(gateway.pid)).toBe(false);
    const answers = await Promise.all(Array.from({ length: 4 }, () => greeting(origin, "10.0.1.1")));
    expect(answers.map(({ status, body }) => ({ status, data: body.data }))).toEqual(Array(4).fill({ status: 200, data: { greeting: expect.stringMatching(/^hello ana/) } }));
    expect(gateway.output().match(/gateway listening/g)).toHaveLength(1);
  });

  it("counts the rate limit once across the workers: the limit passes, the next is refused by whichever worker takes it", async () => {
    // On new connections the two workers take the requests in turn: each alone would allow five.
    expect(await statusesOf(origin, "10.0.2.1", RATE_LIMIT + 2)).toEqual({ statuses: [...Array(RATE_LIMIT).fill(200), 429, 429], codes: ["RATE_LIMITED", "RATE_LIMITED"] });
  });

  it("reports every worker's counts in /metrics, whichever worker is scraped", async () => {
    const healthChecks = async () => sampleSum(parsePrometheusText(await metricsText(origin)), "dlhub_http_requests_total", "dlhub_http_requests_total", { route: "/health" });
    const before = await healthChecks();
    const workers = new Set<number>();
    for (let i = 0; i < 6; i++) workers.add(await workerOf(origin));
    expect(workers.size).toBe(2);
    expect(await healthChecks()).toBe(before + 6);
  });

  it("replaces a killed worker and goes on answering", async () => {
    const [killed] = await workersAnswering(origin, 2, "both workers to answer");
    process.kill(killed, "SIGKILL");
    const now = await waitFor(async () => {
      const seen = await workersAnswering(origin, 2, "two workers to answer");
      return !seen.has(killed) && seen;
    }, "a new worker in place of the killed one");
    expect(now.size).toBe(2);
    for (let i = 0; i < 4; i++) expect((await greeting(origin, `10.0.3.${i}`)).status).toBe(200);
    expect(gateway.output()).toContain("a gateway worker died; starting another");
  });

  it("stops on SIGTERM: the workers close, the primary exits 0", async () => {
    const workers = await workersAnswering(origin, 2, "both workers to answer");
    await gateway.stop();
    expect(gateway.exit()).toEqual({ code: 0, signal: null });
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });
});

describe("the gateway on two workers counting the rate limit in PostgreSQL (DATABASE_URL)", () => {
  const stack = useTestStack();
  let gateway: ServiceProcess;

  beforeAll(async () => {
    // Missing at start, so that it is made: by the primary, once, not by two workers racing.
    await dropDatabase(testServerUrl(), GATEWAY_DATABASE);
    stack.defer("the gateway's database", () => dropDatabase(testServerUrl(), GATEWAY_DATABASE));
    gateway = stack.add(await startGateway({ GATEWAY_SUPERGRAPH_PATH: await fixedSupergraph(stack), DATABASE_URL: testServerUrl() }), "the gateway");
  }, 60_000);

  it("makes the gateway's database once and counts the limit there, every worker together", async () => {
    await workersAnswering(gateway.url, 2, "both workers to answer");
    expect(await statusesOf(gateway.url, "10.0.4.1", RATE_LIMIT + 2)).toEqual({ statuses: [...Array(RATE_LIMIT).fill(200), 429, 429], codes: ["RATE_LIMITED", "RATE_LIMITED"] });
    expect(gateway.output().match(/the rate limit is counted in PostgreSQL/g)).toHaveLength(2);
    expect(gateway.output()).not.toContain("a gateway worker died");
  });
});

describe("the gateway on two workers following the registry", () => {
  const stack = useTestStack();
  let fixture: RegistryFixture;
  let origin: string;

  /** The supergraph version each worker serves, by worker, asked on new connections until both answered. */
  async function versionsServed(): Promise<Map<number, number>> {
    const versions = new Map<number, number>();
    await waitFor(async () => {
      const { body } = await ask(`${origin}/ready`);
      versions.set(body.worker as number, (body.supergraph as { version: number }).version);
      return versions.size >= 2;
    }, "both workers to say which supergraph they serve");
    return versions;
  }

  beforeAll(async () => {
    fixture = stack.add(await startRegistryFixture("gateway_workers"), "the registry");
    await publishCommitted(fixture);
    const gateway = stack.add(await startGateway({ GATEWAY_REGISTRY_URL: fixture.service.url, GATEWAY_REGISTRY_POLL_MS: "100", GATEWAY_TRUSTED_DOCUMENTS: "allowed" }), "the gateway");
    origin = gateway.url;
  }, 90_000);

  it("serves each newly published supergraph on every worker", async () => {
    const first = [...(await versionsServed()).values()];
    expect(new Set(first).size).toBe(1);
    const publisher = await fixture.publisher("parks");
    const sdl = edit(committedSdl("parks"), "type Query {\n", "type Query {\n  parksRevision: Int\n");
    const { supergraph } = await publisher.publish("parks", { sdl, routingUrl: fixture.routingUrl("parks") });
    expect(supergraph.version).toBeGreaterThan(first[0]);
    await waitFor(async () => [...(await versionsServed()).values()].every((version) => version === supergraph.version), `every worker to serve version ${supergraph.version}`);
    expect([...(await versionsServed()).values()]).toEqual([supergraph.version, supergraph.version]);
  });
});
