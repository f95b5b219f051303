import { request as httpRequest } from "node:http";
import { GraphQLError, buildSchema } from "graphql";
import { createLogger } from "../logger.js";
import { ServiceMetrics } from "../observability/metrics.js";
import { close, createGraphqlServer, listen, type GraphqlServer } from "./graphql-server.js";

/**
 * Every subgraph answers plain POSTs to /graphql without Express (graphql-post.ts). Each request
 * here is sent to two servers alike but for that, and their answers compared whole: status,
 * content type, body. Requests the direct path passes on to Express are among them, so the
 * boundary between the two is tested too.
 */
const schema = buildSchema(`type Query { hello(name: String): String! refused: String whoAsks: String }`);
const fields = (schema.getQueryType() as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
fields.hello.resolve = (_: unknown, { name }: { name?: string }) => `hello ${name ?? "you"}`;
fields.refused.resolve = () => {
  throw new GraphQLError("not for you", { extensions: { code: "FORBIDDEN" } });
};
fields.whoAsks.resolve = (_: unknown, _args: unknown, context: { who: string }) => context.who;

interface Answer {
  status: number;
  type: string | undefined;
  body: string;
}

/** A raw request, so bodies, headers and encodings that fetch would tidy are sent as written. */
function send(port: number, headers: Record<string, string>, body?: string | Buffer, path = "/graphql", method = "POST"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"], body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const json = { "content-type": "application/json" };
const query = (text: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query: text, ...extra });

describe("plain POSTs to /graphql answered before Express", () => {
  const servers: GraphqlServer[] = [];
  let direct: number;
  let throughExpress: number;
  const metrics = new ServiceMetrics("direct-posts-test");
  /** How many requests reached the direct server's Express app. */
  let reachedExpress = 0;
  const start = async (directPosts: boolean, serviceMetrics?: ServiceMetrics) => {
    const server = await createGraphqlServer<{ who: string }>({
      schema,
      directPosts,
      routes: (app) =>
        app.use((_request, _response, next) => {
          if (directPosts) reachedExpress++;
          next();
        }),
      bodyLimitBytes: 1024,
      observability: serviceMetrics ? { service: "test", metrics: serviceMetrics } : undefined,
      context: async (request) => {
        if (request.headers["x-refuse"]) throw new GraphQLError("refused by the context", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
        return { who: String(request.headers["x-who"] ?? "nobody") };
      },
      ready: async () => true,
      logger: createLogger("test", "silent"),
    });
    servers.push(server);
    return listen(server, 0);
  };
  beforeAll(async () => {
    direct = await start(true, metrics);
    throughExpress = await start(false);
  });
  afterAll(() => Promise.all(servers.map((server) => close(server))));

  const both = async (headers: Record<string, string>, body?: string | Buffer, path?: string, method?: string) => {
    const [answer, expected] = await Promise.all([send(direct, headers, body, path, method), send(throughExpress, headers, body, path, method)]);
    expect(answer).toEqual(expected);
    return answer;
  };

  it.each([
    ["a query", json, query(`{ hello }`)],
    ["a query with variables and an operation name", json, query(`query Hi($n: String) { hello(name: $n) }`, { variables: { n: "Logan" }, operationName: "Hi" })],
    ["a field's error, masked as every server masks it", json, query(`{ hello refused }`)],
    ["a query that does not parse", json, query(`{ hello `)],
    ["a field the schema lacks", json, query(`{ nothing }`)],
    ["JSON without a query", json, `{"variables":{}}`],
    ["JSON that is not JSON", json, `{ query: nope`],
    ["JSON that is a string, refused by the strict rule", json, `"{ hello }"`],
    ["an empty body, read as {}", { ...json, "content-length": "0" }, ""],
    ["a body with a byte-order mark", json, `\ufeff${query(`{ hello }`)}`],
    ["a body just over the limit", json, query(`{ hello }`, { pad: "x".repeat(1024) })],
    ["a content type with its charset", { "content-type": "application/json; charset=utf-8" }, query(`{ hello }`)],
    ["a header read by the context", { ...json, "x-who": "a department" }, query(`{ whoAsks }`)],
    ["a context that refuses the request", { ...json, "x-refuse": "yes" }, query(`{ hello }`)],
    ["another content type (through Express)", { "content-type": "text/plain" }, query(`{ hello }`)],
    ["another charset (through Express)", { "content-type": "application/json; charset=latin1" }, query(`{ hello }`)],
  ])("answers as Express does: %s", async (what, headers, body) => {
    const before = reachedExpress;
    await both(headers, body);
    expect(reachedExpress - before).toBe(what.endsWith("(through Express)") ? 1 : 0);
  });

  it("refuses a body over the limit as REQUEST_TOO_LARGE with 413, whether its length is declared or streamed", async () => {
    const big = query(`{ hello }`, { pad: "x".repeat(5000) });
    for (const headers of [json, { ...json, "transfer-encoding": "chunked" }]) {
      const answer = await both(headers, big);
      expect({ status: answer.status, body: JSON.parse(answer.body) }).toEqual({
        status: 413,
        body: { errors: [{ message: "The request body is larger than the limit of 1 kB.", extensions: { code: "REQUEST_TOO_LARGE" } }] },
      });
    }
    // The connection stays usable after a refusal.
    expect((await both(json, query(`{ hello }`))).status).toBe(200);
  });

  it("refuses malformed JSON as BAD_REQUEST with 400", async () => {
    const answer = await both(json, `{"query": `);
    expect({ status: answer.status, body: JSON.parse(answer.body) }).toEqual({ status: 400, body: { errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] } });
  });

  it("leaves every other request to Express: GET, a query string, other paths", async () => {
    const before = reachedExpress;
    expect((await both({ "apollo-require-preflight": "yes" }, undefined, `/graphql?query=${encodeURIComponent("{ hello }")}`, "GET")).body).toContain("hello you");
    await both(json, query(`{ hello }`), "/graphql?x=1");
    expect((await both(json, query(`{ hello }`), "/nowhere")).status).toBe(404);
    expect(reachedExpress - before).toBe(3);
  });

  it("counts what it answers in the service's metrics, under the /graphql route", async () => {
    await send(direct, json, query(`{ hello }`));
    await send(direct, json, `{ nope`);
    const counted = (await metrics.registry.getSingleMetric("dlhub_http_requests_total")?.get())?.values ?? [];
    const at = (status: string) => counted.find((v) => v.labels.route === "/graphql" && v.labels.method === "POST" && v.labels.status === status)?.value ?? 0;
    expect(at("200")).toBeGreaterThan(0);
    expect(at("400")).toBeGreaterThan(0);
  });
});
