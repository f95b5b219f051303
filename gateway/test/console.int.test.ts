import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Role, SUPERGRAPH_PATH, createIdentityVerifier } from "@dlhub/schema";
import { useTestStack } from "@dlhub/subgraph-kit/testing";
import { type ConsoleOptions } from "@dlhub/gateway";
import { startTestGateway } from "@dlhub/gateway/testing";

const TOKEN_SECRET = "console-test-secret-of-at-least-32-characters";
const INDEX = `<!doctype html><html lang="en"><title>DL Hub console</title><script type="module" src="/assets/app-3f9a1c.js"></script></html>`;
const SCRIPT = `console.log("the console");`;

/** A stand-in for console/dist: what `vite build` leaves there. */
function builtConsole(): string {
  const directory = mkdtempSync(join(tmpdir(), "dlhub-console-"));
  mkdirSync(join(directory, "assets"));
  writeFileSync(join(directory, "index.html"), INDEX);
  writeFileSync(join(directory, "assets", "app-3f9a1c.js"), SCRIPT);
  return directory;
}

const stack = useTestStack();
const supergraphSdl = readFileSync(SUPERGRAPH_PATH, "utf8");

/** A gateway over the committed supergraph (no subgraph is asked anything), on port 0; its origin. */
async function startGateway(console?: ConsoleOptions): Promise<string> {
  const identity = { verifier: createIdentityVerifier({ secret: TOKEN_SECRET }), forwardingSecret: "f".repeat(32) };
  return (await startTestGateway({ supergraph: { sdl: supergraphSdl }, identity, console, stack })).origin;
}

const html = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const configOf = async (base: string): Promise<any> => (await fetch(`${base}/console/config.json`)).json();
const askToken = (base: string, body: unknown) =>
  fetch(`${base}/console/dev-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

let directory: string;
let development: string;
let bare: string;
beforeAll(async () => {
  directory = builtConsole();
  stack.defer("the console's files", () => rmSync(directory, { recursive: true, force: true }));
  development = await startGateway({ directory, auth: { mode: "development", tokenSecret: TOKEN_SECRET }, corsOrigins: ["https://console.phila.gov"] });
  bare = await startGateway();
});

describe("the console's files", () => {
  it("serves index.html at / and hashed assets for a year, index.html never from a stale cache", async () => {
    const page = await fetch(`${development}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toBe(INDEX);
    const script = await fetch(`${development}/assets/app-3f9a1c.js`);
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await script.text()).toBe(SCRIPT);
  });

  it("answers a page load of any console route with index.html, and a missing file with 404", async () => {
    for (const path of ["/initiatives?audience=SENIORS&language=ES", "/map/neighborhoods/logan", "/reports/district/upper-north"]) {
      const response = await fetch(`${development}${path}`, { headers: html });
      expect({ path, status: response.status, body: await response.text() }).toEqual({ path, status: 200, body: INDEX });
    }
    expect((await fetch(`${development}/assets/app-missing.js`, { headers: html })).status).toBe(404);
    expect((await fetch(`${development}/initiatives`, { headers: { accept: "application/json" } })).status).toBe(404);
    const escape = await fetch(`${development}/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json`);
    expect(escape.status).toBeGreaterThanOrEqual(400);
    expect(await escape.text()).not.toContain("dependencies");
  });

  it("leaves the gateway's own paths alone", async () => {
    const graphql = await fetch(`${development}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
    expect(await graphql.json()).toEqual({ data: { __typename: "Query" } });
    expect(await (await fetch(`${development}/health`, { headers: html })).json()).toEqual({ status: "ok" });
    expect((await fetch(`${development}/console/nothing`, { headers: html })).status).toBe(404);
  });

  it("moves the explorer to /explorer, and sends / there when there is no console", async () => {
    for (const base of [development, bare]) expect(await (await fetch(`${base}/explorer`)).text()).toContain("DL Hub explorer");
    const root = await fetch(`${bare}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/explorer");
  });
});

describe("GET /console/config.json", () => {
  it("offers development sign-in with every role and the served supergraph's departments", async () => {
    expect(await configOf(development)).toEqual({
      graphqlUrl: "/graphql",
      explorerUrl: "/explorer",
      auth: { mode: "development", roles: ["coordinator", "editor", "publisher"], departments: ["commerce", "it", "libraries", "parks"] },
    });
  });

  it("names the City's provider in oidc mode, and offers no sign-in otherwise", async () => {
    const oidc = await startGateway({
      directory: null,
      auth: { mode: "oidc", issuer: "https://id.phila.gov/realms/city", clientId: "dlhub-console", scope: "openid profile", audience: "dlhub" },
    });
    expect((await configOf(oidc)).auth).toEqual({ mode: "oidc", issuer: "https://id.phila.gov/realms/city", clientId: "dlhub-console", scope: "openid profile", audience: "dlhub" });
    expect(await configOf(bare)).toEqual({ graphqlUrl: "/graphql", explorerUrl: "/explorer", auth: { mode: "none" } });
  });
});

describe("POST /console/dev-token", () => {
  const verifier = createIdentityVerifier({ secret: TOKEN_SECRET });

  it("signs a development token for the chosen role, which the gateway's verifier accepts", async () => {
    const coordinator = await askToken(development, { role: "coordinator" });
    expect(coordinator.headers.get("cache-control")).toBe("no-store");
    expect(await verifier.verify(((await coordinator.json()) as any).token)).toEqual({ subject: "console-coordinator@localhost", roles: [Role.COORDINATOR] });
    const editor: any = await (await askToken(development, { role: "editor", department: "libraries" })).json();
    expect(await verifier.verify(editor.token)).toEqual({ subject: "console-editor-libraries@localhost", roles: [Role.EDITOR], department: "libraries" });
  });

  it("refuses a request it cannot sign, saying why", async () => {
    const cases: [unknown, RegExp][] = [
      [{ role: "mayor" }, /role must be one of coordinator, editor, publisher/],
      [{ role: "editor" }, /department must be one of commerce, it, libraries, parks/],
      [{ role: "publisher", department: "nowhere" }, /department must be one of/],
      [{ role: "coordinator", department: "it" }, /leave department out/],
      [{ role: "coordinator", subject: "someone-else" }, /subject/],
    ];
    for (const [body, message] of cases) {
      const response = await askToken(development, body);
      const answer: any = await response.json();
      expect(response.status).toBe(400);
      expect(answer.errors[0]).toEqual({ message: expect.stringMatching(message), extensions: { code: "BAD_USER_INPUT" } });
    }
  });

  it("is not there without development sign-in", async () => {
    const response = await askToken(bare, { role: "coordinator" });
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
  });

  it("is never there under NODE_ENV=production, whatever the gateway was given", async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    let production: string;
    try {
      production = await startGateway({ directory: null, auth: { mode: "development", tokenSecret: TOKEN_SECRET } });
    } finally {
      process.env.NODE_ENV = before;
    }
    expect((await askToken(production, { role: "coordinator" })).status).toBe(404);
    expect((await configOf(production)).auth).toEqual({ mode: "none" });
  });
});

describe("CORS", () => {
  const preflight = (base: string, origin: string) =>
    fetch(`${base}/graphql`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });
  const post = (base: string, origin: string) =>
    fetch(`${base}/graphql`, { method: "POST", headers: { origin, "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });

  it("lets a configured origin call /graphql and read the config, preflight included", async () => {
    const allowed = await preflight(development, "https://console.phila.gov");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://console.phila.gov");
    expect(allowed.headers.get("access-control-allow-methods")).toBe("GET,POST");
    expect(allowed.headers.get("access-control-allow-headers")).toBe("content-type,authorization");
    expect((await post(development, "https://console.phila.gov")).headers.get("access-control-allow-origin")).toBe("https://console.phila.gov");
    const config = await fetch(`${development}/console/config.json`, { headers: { origin: "https://console.phila.gov" } });
    expect(config.headers.get("access-control-allow-origin")).toBe("https://console.phila.gov");
  });

  it("gives any other origin no permission, and none at all when no origin is configured", async () => {
    for (const [base, origin] of [[development, "https://evil.example"], [development, "http://console.phila.gov"], [bare, "https://console.phila.gov"]]) {
      expect((await preflight(base, origin)).headers.get("access-control-allow-origin")).toBeNull();
      expect((await post(base, origin)).headers.get("access-control-allow-origin")).toBeNull();
    }
  });
});
