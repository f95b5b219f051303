import { type Server, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { DataSource } from "typeorm";
import { Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { createRegistryApp } from "./http.js";
import { Registry } from "./registry.js";

// Every request here is answered before the database is reached, or must fail safely when it is:
// the data source is never initialized, so any query throws.
const SECRET = "http-test-secret-of-at-least-32-characters";
const unexpected: unknown[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  const registry = new Registry(new DataSource({ type: "postgres", url: "postgres://127.0.0.1:1/none" }));
  const app = createRegistryApp({ registry, verifier: createIdentityVerifier({ secret: SECRET }), onError: (error) => unexpected.push(error) });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const publisherOf = (department: string) => mintDevelopmentToken(SECRET, { subject: `ci-${department}`, roles: [Role.PUBLISHER], department });

async function call(method: string, path: string, options: { token?: string; body?: string } = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: options.body,
  });
  return { status: response.status, body: await response.json() };
}

const subgraph = JSON.stringify({ sdl: "type Query { a: Int }", routingUrl: "http://parks:4004/graphql" });

describe("createRegistryApp", () => {
  it("asks for a token before anything else", async () => {
    expect(await call("POST", "/subgraphs/parks/publish", { body: subgraph })).toEqual({
      status: 401,
      body: { error: { code: "UNAUTHENTICATED", message: "This request needs an Authorization: Bearer <token> header." } },
    });
    expect((await call("POST", "/subgraphs/parks/publish", { body: subgraph, token: "not.a.jwt" })).status).toBe(401);
  });

  it("lets only the department's own publisher publish", async () => {
    const libraries = await call("POST", "/subgraphs/parks/publish", { body: subgraph, token: await publisherOf("libraries") });
    expect(libraries).toEqual({ status: 403, body: { error: { code: "FORBIDDEN", message: "Only the parks department's publisher may publish its subgraph." } } });
    const coordinator = await mintDevelopmentToken(SECRET, { subject: "coordinator", roles: [Role.COORDINATOR] });
    expect((await call("POST", "/subgraphs/parks/publish", { body: subgraph, token: coordinator })).status).toBe(403);
    expect((await call("POST", "/supergraph/rollback", { body: '{"version":1}', token: await publisherOf("parks") })).status).toBe(403);
  });

  it("refuses invalid bodies with BAD_REQUEST naming each problem", async () => {
    const token = await publisherOf("parks");
    const { status, body } = await call("POST", "/subgraphs/parks/publish", { body: JSON.stringify({ sdl: " ", routingUrl: "file:///etc" }), token });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/sdl: sdl must not be empty; routingUrl: routingUrl must be an http/);
    expect((await call("POST", "/subgraphs/parks/publish", { body: "{", token })).body.error).toEqual({ code: "BAD_REQUEST", message: "The request body is not valid JSON." });
    const tooLarge = await call("POST", "/subgraphs/parks/publish", { body: JSON.stringify({ sdl: "x".repeat(2_100_000), routingUrl: "http://p/graphql" }), token });
    expect(tooLarge).toEqual({ status: 413, body: { error: { code: "BAD_REQUEST", message: expect.stringContaining("2 MB") } } });
  });

  it.each([
    ["a charset other than UTF-8", "/subgraphs/parks/publish", { "content-type": "application/json; charset=bogus" }, "{}", 415],
    ["a body that says it is gzip and is not", "/subgraphs/parks/publish", { "content-type": "application/json", "content-encoding": "gzip" }, "nope", 400],
    ["a URL whose percent-encoding does not decode", "/subgraphs/%E0%A4%A/versions", {}, undefined, 400],
  ])("answers %s with BAD_REQUEST and a 4xx, not a 500", async (_name, path, headers, body, status) => {
    const response = await fetch(`${url}${path}`, { method: body === undefined ? "GET" : "POST", headers, body });
    expect({ status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code }).toEqual({ status, code: "BAD_REQUEST" });
    expect(unexpected).toEqual([]);
  });

  it("answers an unexpected failure with a bare INTERNAL_SERVER_ERROR and hands the error to onError", async () => {
    expect(await call("GET", "/subgraphs")).toEqual({ status: 500, body: { error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } } });
    expect(unexpected).toHaveLength(1);
  });

  it("refuses a supergraph version that is not a positive whole number before reading anything", async () => {
    for (const version of ["abc", "0", "2.5", "1e3", "-1", "99999999999"]) {
      const { status, body } = await call("GET", `/supergraph/versions/${version}`);
      expect({ version, status, code: body.error.code }).toEqual({ version, status: 400, code: "BAD_REQUEST" });
      expect(body.error.message).toMatch(/^Invalid supergraph version: /);
    }
    expect(unexpected).toHaveLength(1);
  });

  it("reports not ready when the database does not answer", async () => {
    expect(await call("GET", "/ready")).toEqual({ status: 503, body: { status: "database unavailable" } });
  });
});
