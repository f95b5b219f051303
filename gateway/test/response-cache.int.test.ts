import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { Role, composeSupergraph, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { parsePrometheusText, postGraphql, sendHttp, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type TestGateway, type TestGatewayOptions, startTestGateway } from "@dlhub/gateway/testing";
import { type StandInSubgraph, startStandInSubgraph } from "./stand-in-subgraph";

const GREETING = `query Greeting($name: String!) { greeting(name: $name) whoAmI }`;
const WHO = `query Who { whoAmI }`;
const COUNT = `mutation { count }`;
const POLL_MS = 50;

/**
 * The response cache through a real gateway over a real HTTP subgraph whose data version the test
 * sets. The subgraph counts the requests that reach it: an answer from the cache reaches nothing.
 */
describe("the response cache", () => {
  const stack = useTestStack();
  const secret = () => randomBytes(32).toString("base64url");
  const tokenSecret = secret();
  const forwardingSecret = secret();
  let subgraph: StandInSubgraph;
  let gateway: TestGateway;
  let version = 1;
  const tokens = { alice: "", bob: "", editor: "" };

  const start = (options: Omit<TestGatewayOptions, "identity"> = { supergraph: { sdl: composeSupergraph([{ name: subgraph.name, url: subgraph.url, sdl: subgraph.sdl }]) } }) =>
    startTestGateway({
      identity: { verifier: createIdentityVerifier({ secret: tokenSecret }), forwardingSecret },
      responseCache: { maxBytes: 1024 * 1024, pollMs: POLL_MS, maxAgeMs: 60_000 },
      deduplication: { operations: false, subgraphFetches: false },
      stack,
      ...options,
    });

  beforeAll(async () => {
    subgraph = stack.add(await startStandInSubgraph(), "the stand-in subgraph");
    subgraph.setDataVersion(String(version));
    const mint = (subject: string, roles: Role[], department?: string) => mintDevelopmentToken(tokenSecret, { subject, roles, department });
    tokens.alice = await mint("alice@phila.gov", [Role.COORDINATOR]);
    tokens.bob = await mint("bob@phila.gov", [Role.COORDINATOR]);
    tokens.editor = await mint("ana.editor@freelibrary.org", [Role.EDITOR], "libraries");
    gateway = await start();
    // The gateway reads the first version as it starts, and that read counts as a move. Until it
    // is done, the first test's move (beforeEach) could be taken as seen when only the first read,
    // of the old version, had come back; the new version then arrived mid-test and dropped the
    // answer it was checking (seen once in CI).
    await waitFor(async () => (await counted("dlhub_gateway_data_version_changes_total")) > 0, "the gateway to read the first data version", { timeoutMs: 10_000, intervalMs: 20 });
  });

  /** Moves the subgraph's data version and waits for the gateway to have read it. */
  async function moveDataVersion(next: string | null = String((version += 1))): Promise<void> {
    const moves = await counted("dlhub_gateway_data_version_changes_total");
    subgraph.setDataVersion(next);
    await waitFor(async () => (await counted("dlhub_gateway_data_version_changes_total")) > moves, "the gateway to read the new data version", { timeoutMs: 10_000, intervalMs: 20 });
  }

  beforeEach(async () => {
    subgraph.failWith(null);
    await moveDataVersion();
  });

  const greet = (token?: string, name = "Ana", url = gateway.url) => postGraphql<any>(url, GREETING, { name }, { token, operationName: "Greeting" });
  const reached = () => subgraph.received.length;

  async function counted(name: string): Promise<number> {
    const samples = parsePrometheusText((await sendHttp(`${gateway.origin}/metrics`)).text).get(name)?.samples ?? [];
    return samples.reduce((sum, sample) => sum + sample.value, 0);
  }

  /** Asks until an answer is kept (the version must be read once first), then returns the kept answer. */
  async function kept(ask: () => Promise<any>): Promise<any> {
    let answer: any;
    await waitFor(
      async () => {
        await ask();
        const before = reached();
        answer = await ask();
        return reached() === before;
      },
      "an answer kept",
      { timeoutMs: 10_000, intervalMs: POLL_MS },
    );
    return answer;
  }

  it("answers a repeated query from the cache, reaching no subgraph, and counts the hits", async () => {
    const first = await kept(() => greet(undefined, "cached"));
    const before = reached();
    const hits = await counted("dlhub_gateway_response_cache_hits_total");
    for (let i = 0; i < 5; i += 1) expect((await greet(undefined, "cached")).text).toEqual(first.text);
    expect(reached()).toBe(before);
    expect(await counted("dlhub_gateway_response_cache_hits_total")).toBe(hits + 5);
    // Other variables are another query.
    await greet(undefined, "someone else");
    expect(reached()).toBe(before + 1);
  });

  it("drops an answer once the subgraph's data version moves, and answers afresh", async () => {
    const old = await kept(() => greet(undefined, "moving"));
    const invalidations = await counted("dlhub_gateway_response_cache_invalidations_total");
    subgraph.setDataVersion(String((version += 1)));
    await waitFor(async () => (await greet(undefined, "moving")).data.greeting !== old.data.greeting, "a fresh answer", { timeoutMs: 10_000, intervalMs: 20 });
    expect(await counted("dlhub_gateway_response_cache_invalidations_total")).toBeGreaterThan(invalidations);
  });

  it("does not keep an answer when the data changed while the query ran", async () => {
    await kept(() => greet(undefined, "warm-up"));
    const fetched = reached();
    subgraph.hold();
    const answer = greet(undefined, "during a write");
    try {
      await waitFor(() => reached() > fetched, "the fetch to arrive", { timeoutMs: 10_000, intervalMs: 10 });
      await moveDataVersion();
    } finally {
      subgraph.release();
    }
    await answer;
    const before = reached();
    await greet(undefined, "during a write");
    expect(reached()).toBe(before + 1);
  });

  it("never gives one caller's kept answer to a caller who may see differently", async () => {
    const anonymous = await kept(() => postGraphql<any>(gateway.url, WHO, {}, {}));
    expect(anonymous.data.whoAmI).toBe("anonymous");
    const alice = await postGraphql<any>(gateway.url, WHO, {}, { token: tokens.alice });
    expect(alice.data.whoAmI).toBe("alice@phila.gov");
    // Same roles, another person: a subgraph may answer a person's own records.
    const bob = await postGraphql<any>(gateway.url, WHO, {}, { token: tokens.bob });
    expect(bob.data.whoAmI).toBe("bob@phila.gov");
    const editor = await postGraphql<any>(gateway.url, WHO, {}, { token: tokens.editor });
    expect(editor.data.whoAmI).toBe("ana.editor@freelibrary.org");
    // And each is kept for its own caller.
    expect((await kept(() => postGraphql<any>(gateway.url, WHO, {}, { token: tokens.alice }))).data.whoAmI).toBe("alice@phila.gov");
    expect((await postGraphql<any>(gateway.url, WHO, {}, {})).data.whoAmI).toBe("anonymous");
  });

  it("never keeps a mutation, and answers afresh what a mutation through it may have changed", async () => {
    const before = reached();
    const counts = [];
    for (let i = 0; i < 3; i += 1) counts.push((await postGraphql<any>(gateway.url, COUNT, {}, {})).data.count);
    expect(counts).toEqual([counts[0], counts[0] + 1, counts[0] + 2]);
    expect(reached()).toBe(before + 3);

    await kept(() => greet(undefined, "read after write"));
    await postGraphql<any>(gateway.url, COUNT, {}, {});
    // The subgraph's version has not been read again: the mutation itself dropped what it answered.
    const afterWrite = reached();
    await greet(undefined, "read after write");
    expect(reached()).toBe(afterWrite + 1);
  });

  it("keeps no answer with errors, and none from a subgraph that gives no data version", async () => {
    subgraph.failWith(500);
    const failed = await greet(undefined, "failing");
    expect(failed.errors?.length).toBeGreaterThan(0);
    subgraph.failWith(null);
    const before = reached();
    expect((await greet(undefined, "failing")).errors).toBeUndefined();
    expect(reached()).toBe(before + 1);

    await moveDataVersion(null);
    const start = reached();
    for (let i = 0; i < 3; i += 1) await greet(undefined, "unversioned");
    expect(reached()).toBe(start + 3);
  });

  it("empties when a new supergraph version is served", async () => {
    const supergraphs = [
      composeSupergraph([{ name: subgraph.name, url: subgraph.url, sdl: subgraph.sdl }]),
      composeSupergraph([{ name: subgraph.name, url: subgraph.url, sdl: subgraph.sdl.replace("type Query {", '"The stand-in\'s second version."\n  type Query {') }]),
    ];
    let served = 0;
    const registry = createServer((request, response) => {
      const version = served + 1;
      if (request.headers["if-none-match"] === `"${version}"`) return void response.writeHead(304).end();
      response.writeHead(200, { "content-type": "application/json", etag: `"${version}"` }).end(JSON.stringify({ sdl: supergraphs[served], version, hash: `h${version}` }));
    });
    await new Promise<void>((resolve) => registry.listen(0, "127.0.0.1", resolve));
    stack.defer("the registry stand-in", () => new Promise<void>((resolve) => registry.close(() => resolve())));
    const following = await start({ supergraph: { registryUrl: `http://127.0.0.1:${(registry.address() as AddressInfo).port}`, pollIntervalMs: POLL_MS } });

    await kept(() => greet(undefined, "across versions", following.url));
    served = 1;
    await waitFor(async () => ((await sendHttp(`${following.origin}/ready`)).json as { supergraph?: { version: number } }).supergraph?.version === 2, "the second supergraph served", {
      timeoutMs: 10_000,
      intervalMs: 20,
    });
    const before = reached();
    await greet(undefined, "across versions", following.url);
    expect(reached()).toBe(before + 1);
  });
});
