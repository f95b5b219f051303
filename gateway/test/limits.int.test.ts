import { errorCodes, postGraphql, queryOk, sendHttp, startTestSubgraph, useTestStack } from "@dlhub/subgraph-kit/testing";
import { type TestGatewayOptions, startTestGateway, startTestGraph } from "@dlhub/gateway/testing";
import { hub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";

const NORMAL = `{ libraryBranches { name classes { title } } }`;
const postQuery = (url: string, query: string, headers: Record<string, string> = {}) => postGraphql<any>(url, query, {}, { headers });
const postJson = (url: string, body: string, contentType = "application/json") => sendHttp<any>(url, { headers: { "content-type": contentType }, body });

describe("the gateway's limits", () => {
  const stack = useTestStack();
  let supergraphSdl: string;
  let url: string;

  /** Another gateway over the same supergraph, with other protection settings. */
  const startGateway = async (options: Omit<TestGatewayOptions, "supergraph" | "stack"> = {}) =>
    (await startTestGateway({ supergraph: { sdl: supergraphSdl }, stack, ...options })).url;

  /** After each refusal the gateway still answers a normal query. */
  async function stillServes(at = url): Promise<void> {
    const data = await queryOk<any>(at, NORMAL);
    expect(data.libraryBranches.length).toBeGreaterThan(0);
  }

  beforeAll(async () => {
    const subgraphs = [await startTestSubgraph(libraries, { stack }), await startTestSubgraph(hub, { seed: false, stack })];
    const graph = await startTestGraph(subgraphs, { stack });
    [supergraphSdl, url] = [graph.supergraphSdl, graph.url];
  });

  async function refused(query: string, limit: string): Promise<any> {
    const response = await postQuery(url, query);
    expect(response.status).toBe(400);
    const error = response.errors?.find((e) => e.extensions?.limit === limit) as any;
    expect(error).toMatchObject({ extensions: { code: "QUERY_LIMIT_EXCEEDED", limit } });
    expect(typeof error.extensions.max).toBe("number");
    expect(response.text).not.toMatch(/stacktrace|Syntax Error/);
    await stillServes();
    return error;
  }

  it("refuses a query nested deeper than 10", async () => {
    const deep = `{ libraryBranches { classes { branch { classes { branch { classes { branch { classes { branch { classes { title } } } } } } } } } } }`;
    const error = await refused(deep, "depth");
    expect(error).toMatchObject({ message: "Query depth limit of 10 exceeded, found 11.", extensions: { max: 10 } });
  });

  it("refuses an alias bomb", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: libraryBranches { name }`).join(" ");
    await refused(`{ ${aliases} }`, "aliases");
  });

  it("refuses a fragment bomb, whose size doubles with each fragment, by its cost", async () => {
    const fragments = Array.from({ length: 12 }, (_, i) =>
      i === 0 ? `fragment F0 on ComputerClass { title }` : `fragment F${i} on ComputerClass { ...F${i - 1} ...F${i - 1} }`,
    );
    await refused(`{ libraryBranches { classes { ...F11 } } } ${fragments.join(" ")}`, "cost");
  });

  it("refuses a costly query", async () => {
    const page = `libraryInitiatives(first: 100) { nodes { title classes { title language sessions { attendance } branch { name address classes { title language sessions { attendance } } } } } }`;
    const error = await refused(`{ a: ${page} b: ${page} }`, "cost");
    expect(error.message).toMatch(/^Query Cost limit of 10000 exceeded, found \d+/);
  });

  it("refuses a fragment cycle as invalid, without hanging", async () => {
    const response = await postQuery(url, `{ libraryBranches { ...A } } fragment A on LibraryBranch { name ...B } fragment B on LibraryBranch { ...A }`);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toContain("GRAPHQL_VALIDATION_FAILED");
    await stillServes();
  });

  it("refuses a flood of directives", async () => {
    const fields = Array.from({ length: 11 }, () => `name @include(if: true)`).join(" ");
    await refused(`{ libraryBranches { ${fields} } }`, "directives");
  });

  it("refuses a flood of tokens while parsing", async () => {
    const response = await postQuery(url, `{ libraryBranches { ${"name ".repeat(2100)} } }`);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      { message: "The document has more than 2000 tokens.", extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "tokens", max: 2000 } },
    ]);
    await stillServes();
  });

  it("answers a body over 100 kB with 413 and a GraphQL-style error", async () => {
    const response = await postQuery(url, `{ libraryBranches { name } } # ${"x".repeat(120_000)}`);
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.errors).toEqual([{ message: "The request body is larger than the limit of 100 kB.", extensions: { code: "REQUEST_TOO_LARGE" } }]);
    await stillServes();
  });

  it("answers malformed JSON with 400 and a GraphQL-style error, no stack", async () => {
    const response = await postJson(url, `{"query": "{ libraryBranches { name } }"`);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }]);
    expect(response.text).not.toMatch(/at |node_modules|<html/i);
    await stillServes();
  });

  it("passes a department's BAD_USER_INPUT through, naming the argument: at most 100 a page", async () => {
    for (const query of [`{ libraryInitiatives(first: 1000) { totalCount } }`, `{ libraryInitiatives(first: -1) { totalCount } }`, `{ initiatives(first: 101) { totalCount } }`]) {
      const response = await postQuery(url, query);
      expect(response.errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/^`first` must be between 0 and 100, got -?\d+$/), extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "first" }) }),
      ]);
    }
    for (const query of [`{ coverageGaps(limit: 101) { score } }`, `{ overlaps(limit: 1000) { from } }`]) {
      const response = await postQuery(url, query);
      expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "limit" });
    }
    await queryOk(url, `{ libraryInitiatives(first: 100) { totalCount } initiatives(first: 100) { totalCount } coverageGaps(limit: 100) { score } }`);
  });

  it("hides field suggestions", async () => {
    const response = await postQuery(url, `{ libraryBranchs { name } }`);
    expect(errorCodes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(response.errors?.[0].message).not.toMatch(/libraryBranches|Did you mean/);
  });

  it("refuses cross-site requests a browser could send without asking (CSRF), and serves JSON POSTs", async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent("{ libraryBranches { name } }")}`);
    expect(get.status).toBe(400);
    const form = await postJson(url, JSON.stringify({ query: NORMAL }), "text/plain");
    expect(form.status).toBe(400);
    expect(errorCodes(form)[0]).toBe("BAD_REQUEST");
    await stillServes();
  });

  it("answers introspection unless turned off", async () => {
    const introspection = `{ __schema { queryType { name } } }`;
    expect(await queryOk<any>(url, introspection)).toEqual({ __schema: { queryType: { name: "Query" } } });
    const closed = await startGateway({ introspection: false });
    const response = await postQuery(closed, introspection);
    expect(errorCodes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    await stillServes(closed);
  });

  it("limits each client's requests a minute, by bearer token or else by address", async () => {
    // 30 a minute: the 31st request within a client's minute waits for the minute to end.
    const limited = await startGateway({ rateLimitPerMinute: 30 });
    const burst = await Promise.all(Array.from({ length: 30 }, () => postQuery(limited, `{ __typename }`)));
    expect(burst.map((r) => r.status)).toEqual(Array(30).fill(200));
    const refused = await postQuery(limited, NORMAL);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.errors).toEqual([expect.objectContaining({ extensions: { code: "RATE_LIMITED", retryAfterSeconds: retryAfter } })]);
    // Another client (a token of its own) is not held back by the first.
    expect((await postQuery(limited, NORMAL, { authorization: "Bearer someone-else" })).status).toBe(200);
    // That waiting as long as Retry-After says is enough, the rate limit's unit test shows on a fake clock.
  });

  it("lets the coordinator's example queries through every limit", async () => {
    const examples = [
      `{ initiatives(first: 100) { totalCount nodes { id title department kind status audiences languages startDate endDate
          sites { name address neighborhood { name } } partners { name } } pageInfo { hasNextPage endCursor } } }`,
      `{ initiatives(first: 100) { nodes { title department library { classes { title language branch { name } } } } } }`,
      `{ libraryInitiatives(first: 20) { totalCount nodes { title audiences languages sites { name kind address } partners { name role } outcomes { metric value periodStart periodEnd } } } }`,
      `{ coverageGaps(limit: 10) { score reasons neighborhood { name } } departments { name lastSyncedAt lastError } }`,
    ];
    for (const query of examples) await queryOk(url, query);
  });
});
