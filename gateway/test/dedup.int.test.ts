import { randomBytes } from "node:crypto";
import { Role, composeSupergraph, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { errorCodes, parsePrometheusText, postGraphql, sendHttp, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type TestGateway, type TestGatewayOptions, startTestGateway } from "@dlhub/gateway/testing";
import { type StandInSubgraph, startStandInSubgraph } from "./stand-in-subgraph";

const GREETING = `query Greeting($name: String!) { greeting(name: $name) whoAmI }`;
const COUNT = `mutation { count }`;

/**
 * In-flight deduplication through a real gateway over a real HTTP subgraph. The subgraph holds its
 * answers until released, so requests the gateway did not share pile up there and can be counted;
 * the gateway's own counters say when every caller has joined a shared execution.
 */
describe("in-flight deduplication", () => {
  const stack = useTestStack();
  const secret = () => randomBytes(32).toString("base64url");
  const tokenSecret = secret();
  const forwardingSecret = secret();
  let subgraph: StandInSubgraph;
  let supergraphSdl: string;
  const tokens: Record<"coordinator" | "librariesEditor" | "parksEditor", string> = { coordinator: "", librariesEditor: "", parksEditor: "" };

  beforeAll(async () => {
    subgraph = stack.add(await startStandInSubgraph(), "the stand-in subgraph");
    supergraphSdl = composeSupergraph([{ name: subgraph.name, url: subgraph.url, sdl: subgraph.sdl }]);
    const mint = (subject: string, roles: Role[], department?: string) => mintDevelopmentToken(tokenSecret, { subject, roles, department });
    tokens.coordinator = await mint("coordinator@phila.gov", [Role.COORDINATOR]);
    tokens.librariesEditor = await mint("ana.editor@freelibrary.org", [Role.EDITOR], "libraries");
    tokens.parksEditor = await mint("ana.editor@freelibrary.org", [Role.EDITOR], "parks");
  });

  beforeEach(() => {
    subgraph.received.length = 0;
    subgraph.failWith(null);
  });

  const startGateway = (options: Omit<TestGatewayOptions, "supergraph"> = {}) =>
    startTestGateway({ supergraph: { sdl: supergraphSdl }, identity: { verifier: createIdentityVerifier({ secret: tokenSecret }), forwardingSecret }, stack, ...options });

  /** The sum of a counter's samples at the gateway's /metrics, those with `labels` only. */
  async function counted(gateway: TestGateway, name: string, labels: Record<string, string> = {}): Promise<number> {
    const samples = parsePrometheusText((await sendHttp(`${gateway.origin}/metrics`)).text).get(name)?.samples ?? [];
    return samples.filter((sample) => Object.entries(labels).every(([label, value]) => sample.labels[label] === value)).reduce((sum, sample) => sum + sample.value, 0);
  }

  /** How many requests so far joined another's execution or subgraph fetch. */
  const shared = async (gateway: TestGateway) =>
    (await counted(gateway, "dlhub_gateway_operations_deduplicated_total")) + (await counted(gateway, "dlhub_subgraph_fetches_deduplicated_total"));

  /** Sends `send()`'s requests with the subgraph's answers held, releasing them once `ready()` holds. */
  async function whileHeld<T>(send: () => Promise<T>[], ready: () => Promise<boolean> | boolean, what: string): Promise<T[]> {
    subgraph.hold();
    const answers = send();
    try {
      await waitFor(ready, what, { timeoutMs: 10_000, intervalMs: 20 });
    } finally {
      subgraph.release();
    }
    return Promise.all(answers);
  }

  const greet = (gateway: TestGateway, token?: string, name = "Ana") => postGraphql<any>(gateway.url, GREETING, { name }, { token, operationName: "Greeting" });

  describe("with everything on (the default)", () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startGateway();
    });

    it("answers identical queries in flight with one execution and one subgraph fetch, counting each request", async () => {
      const requests = () => counted(gateway, "dlhub_graphql_requests_total", { operation: "Greeting", outcome: "ok" });
      const [before, requestsBefore] = [await shared(gateway), await requests()];
      const answers = await whileHeld(() => Array.from({ length: 5 }, () => greet(gateway)), async () => (await shared(gateway)) - before === 4, "four queries to join the first");
      expect(subgraph.received).toHaveLength(1);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
      expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
      expect(answers[0].data).toEqual({ greeting: "hello Ana #1", whoAmI: "anonymous" });
      // Apollo Server's pipeline, and every plugin in it (metrics, usage, limits), still ran five times.
      expect((await requests()) - requestsBefore).toBe(5);
    });

    it("runs a query again once the shared execution has answered", async () => {
      await greet(gateway);
      await greet(gateway);
      expect(subgraph.received).toHaveLength(2);
    });

    it("never shares between callers who see differently, and shares between callers who see the same", async () => {
      const callers = [undefined, undefined, tokens.coordinator, tokens.coordinator, tokens.librariesEditor, tokens.parksEditor];
      const before = await shared(gateway);
      const answers = await whileHeld(
        () => callers.map((token) => greet(gateway, token)),
        async () => subgraph.received.length === 4 && (await shared(gateway)) - before === 2,
        "four distinct fetches, two joined",
      );
      expect(answers.map((answer) => answer.data?.whoAmI)).toEqual(["anonymous", "anonymous", "coordinator@phila.gov", "coordinator@phila.gov", "ana.editor@freelibrary.org", "ana.editor@freelibrary.org"]);
      expect(subgraph.received.map((fetch) => fetch.subject).sort()).toEqual(["ana.editor@freelibrary.org", "ana.editor@freelibrary.org", "anonymous", "coordinator@phila.gov"]);
    });

    it("never shares a mutation", async () => {
      const answers = await whileHeld(() => Array.from({ length: 3 }, () => postGraphql<any>(gateway.url, COUNT)), () => subgraph.received.length === 3, "every mutation to reach the subgraph");
      expect(answers.map((answer) => answer.data?.count).sort()).toEqual([1, 2, 3]);
    });

    it("delivers a failure to every caller that shared the execution", async () => {
      subgraph.failWith(503);
      const before = await shared(gateway);
      const answers = await whileHeld(() => Array.from({ length: 4 }, () => greet(gateway)), async () => (await shared(gateway)) - before === 3, "three queries to join the first");
      expect(subgraph.received).toHaveLength(1);
      for (const answer of answers) {
        expect(answer.data).toBeNull();
        expect(errorCodes(answer)).toEqual(["DEPARTMENT_UNAVAILABLE"]);
      }
    });

    it("shares one subgraph fetch between different documents that plan the same fetch", async () => {
      const before = await shared(gateway);
      const answers = await whileHeld(
        () => [postGraphql<any>(gateway.url, `{ greeting(name: "Raj") }`), postGraphql<any>(gateway.url, `{  greeting(name: "Raj")  }`)],
        async () => (await shared(gateway)) - before === 1,
        "the second document's fetch to join the first's",
      );
      expect(subgraph.received).toHaveLength(1);
      expect(answers.map((answer) => answer.data)).toEqual([{ greeting: "hello Raj #1" }, { greeting: "hello Raj #1" }]);
    });
  });

  it("still counts every caller against the rate limit", async () => {
    const gateway = await startGateway({ rateLimitPerMinute: 3 });
    const before = await shared(gateway);
    const answers = await whileHeld(() => Array.from({ length: 4 }, () => greet(gateway)), async () => (await shared(gateway)) - before === 2, "two queries to join the first");
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 429]);
    expect(subgraph.received).toHaveLength(1);
  });

  it("with operations not shared, identical subgraph fetches still are, per identity", async () => {
    const gateway = await startGateway({ deduplication: { operations: false } });
    const before = await shared(gateway);
    const answers = await whileHeld(
      () => [greet(gateway), greet(gateway), greet(gateway, tokens.coordinator)],
      async () => subgraph.received.length === 2 && (await shared(gateway)) - before === 1,
      "two distinct fetches, one joined",
    );
    expect(answers.map((answer) => answer.data?.whoAmI)).toEqual(["anonymous", "anonymous", "coordinator@phila.gov"]);
  });

  it("with both turned off, every query reaches the subgraph", async () => {
    const gateway = await startGateway({ deduplication: { operations: false, subgraphFetches: false } });
    const answers = await whileHeld(() => Array.from({ length: 3 }, () => greet(gateway)), () => subgraph.received.length === 3, "every query to reach the subgraph");
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(await shared(gateway)).toBe(0);
  });
});
