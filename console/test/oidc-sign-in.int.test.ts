import { type JsonWebKey, createPublicKey, createVerify, randomBytes } from "node:crypto";
import { readGatewayEnv } from "@dlhub/gateway";
import { startTestGateway } from "@dlhub/gateway/testing";
import { createIdentityVerifier } from "@dlhub/schema";
import { postGraphql, sendHttp, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type Browser, type Page } from "playwright-core";
import { type WatchedContext, describeInBrowser, launchChromium, openContext, screenshot, settled } from "./browser";
import { type ConsoleHub, builtConsole, startConsoleHub } from "./console-hub";
import { type TestProvider, startOidcProvider } from "./oidc-provider";

/** The gateway's audience: an absolute URI, so the console asks for it as an RFC 8707 resource. */
const AUDIENCE = "https://dlhub.phila.example/graphql";
const CLIENT_ID = "dlhub-console";
const ACCOUNTS = {
  "ana.coordinator@phila.example": { name: "Ana (coordinator)", roles: ["coordinator"] },
  "sam.resident@phila.example": { name: "Sam (no role)", roles: [] },
};

/**
 * Production sign-in: the gateway configured only by environment, as its `main` is
 * (CONSOLE_OIDC_*, DLHUB_JWKS_URL, NODE_ENV=production), in front of the hub's subgraphs; a real
 * OpenID Connect provider; the console signing in with authorization code and PKCE in Chromium.
 * The gateway checks the provider's JWT against its key set and honours the role it names.
 */
describeInBrowser("signing in with the City's OpenID Connect provider", () => {
  const forwardingSecret = randomBytes(32).toString("base64url");
  const stack = useTestStack();
  let hub: ConsoleHub;
  let provider: TestProvider;
  let origin: string;
  let browser: Browser;
  let initiative: { id: string; title: string };
  const ask = (query: string, variables: Record<string, unknown>, token?: string) => postGraphql<any>(`${origin}/graphql`, query, variables, { token });

  beforeAll(async () => {
    hub = stack.add(await startConsoleHub({ forwardingSecret }), "the hub");
    provider = stack.add(await startOidcProvider({ audience: AUDIENCE, accounts: ACCOUNTS }), "the OpenID Connect provider");
    const env = readGatewayEnv({
      GATEWAY_REGISTRY_URL: hub.hub.registryUrl,
      GATEWAY_REGISTRY_POLL_MS: "200",
      GATEWAY_CONSOLE_DIR: builtConsole(),
      DLHUB_JWKS_URL: provider.jwksUrl,
      DLHUB_TOKEN_ISSUER: provider.issuer,
      DLHUB_TOKEN_AUDIENCE: AUDIENCE,
      DLHUB_FORWARDING_SECRET: forwardingSecret,
      CONSOLE_OIDC_ISSUER: provider.issuer,
      CONSOLE_OIDC_CLIENT_ID: CLIENT_ID,
      NODE_ENV: "production",
    });
    // As gateway/src/main.ts builds it from the environment.
    const gateway = await startTestGateway({
      supergraph: env.registry as { registryUrl: string },
      subgraphUrls: env.subgraphUrls,
      subgraphTimeoutMs: env.subgraphTimeoutMs,
      rateLimitPerMinute: env.rateLimitPerMinute,
      introspection: env.introspection,
      identity: env.identity ? { verifier: createIdentityVerifier(env.identity.token), forwardingSecret: env.identity.forwardingSecret } : undefined,
      console: env.console,
      stack,
    });
    origin = gateway.origin;
    await provider.register({ clientId: CLIENT_ID, origin });
    await waitFor(async () => (await sendHttp(`${origin}/ready`)).status === 200, "the gateway to serve the registry's supergraph");
    initiative = (await hub.ask(`{ initiatives(first: 1) { nodes { id title } } }`)).initiatives.nodes[0];
    browser = await launchChromium();
    stack.defer("Chromium", () => browser.close());
  }, 240_000);

  /** Signs in through the provider's own page from the initiative's page, and comes back to it. */
  async function signIn(account: keyof typeof ACCOUNTS): Promise<{ watched: WatchedContext; authorization: URL; tokenRequest: URLSearchParams; accessToken: string }> {
    const watched = await openContext(browser);
    const { page } = watched;
    const sent: { authorization?: URL; token?: URLSearchParams } = {};
    page.on("request", (request) => {
      if (request.url().startsWith(`${provider.issuer}/auth?`)) sent.authorization = new URL(request.url());
      if (request.url() === `${provider.issuer}/token`) sent.token = new URLSearchParams(request.postData() ?? "");
    });
    const path = `/initiatives/${encodeURIComponent(initiative.id)}`;
    await page.goto(origin + path);
    await settled(page);
    await page.getByRole("button", { name: "Sign in with your City account" }).click();
    await page.waitForURL(`${provider.issuer}/interaction/**`);
    await page.getByLabel("Account").selectOption(account);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(origin + path);
    await page.getByText(`(${account})`).waitFor();
    await settled(page);
    return { watched, authorization: sent.authorization as URL, tokenRequest: sent.token as URLSearchParams, accessToken: await accessTokenIn(page) };
  }
  const accessTokenIn = (page: Page) =>
    page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith("oidc.user:"));
      return key ? (JSON.parse(sessionStorage.getItem(key) as string).access_token as string) : "";
    });
  const notesQuery = `query($id: ID!) { initiative(id: $id) { title notes { body } } }`;

  /** A JWT's header and claims, once its signature checks out against one of the provider's published keys. */
  async function verifiedByProvider(token: string): Promise<{ header: Record<string, unknown>; claims: Record<string, unknown> }> {
    const [header, claims, signature] = token.split(".");
    const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    const { keys } = (await (await fetch(provider.jwksUrl)).json()) as { keys: (JsonWebKey & { kid: string })[] };
    const key = keys.find((k) => k.kid === decode(header).kid);
    if (!key) throw new Error("the token names no key the provider publishes");
    const signed = createVerify("RSA-SHA256").update(`${header}.${claims}`).verify(createPublicKey({ key, format: "jwk" }), Buffer.from(signature, "base64url"));
    if (!signed) throw new Error("the token's signature is not the provider's");
    return { header: decode(header), claims: decode(claims) };
  }

  it("the coordinator signs in with code and PKCE, and the gateway honours the role in the provider's JWT", async () => {
    const config = await (await fetch(`${origin}/console/config.json`)).json();
    expect(config.auth).toEqual({ mode: "oidc", issuer: provider.issuer, clientId: CLIENT_ID, scope: "openid profile", audience: AUDIENCE });
    const discovery = await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json();
    expect(discovery.jwks_uri).toBe(provider.jwksUrl);

    const { watched, authorization, tokenRequest, accessToken } = await signIn("ana.coordinator@phila.example");
    const { page } = watched;
    expect(Object.fromEntries(["response_type", "client_id", "code_challenge_method", "resource", "scope"].map((p) => [p, authorization.searchParams.get(p)]))).toEqual({
      response_type: "code",
      client_id: CLIENT_ID,
      code_challenge_method: "S256",
      resource: AUDIENCE,
      scope: "openid profile",
    });
    expect(authorization.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenRequest.get("grant_type")).toBe("authorization_code");
    expect(tokenRequest.get("code_verifier")).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
    expect(tokenRequest.get("resource")).toBe(AUDIENCE);

    // An access token for the gateway: a JWT signed with the provider's key, naming the role.
    const { header, claims } = await verifiedByProvider(accessToken);
    expect(header).toMatchObject({ alg: "RS256", kid: "city-test-key" });
    expect(claims).toMatchObject({ iss: provider.issuer, aud: AUDIENCE, sub: "ana.coordinator@phila.example", roles: ["coordinator"] });
    expect(claims.exp as number).toBeGreaterThan(Date.now() / 1000);

    await page.getByText("Signed in as coordinator (ana.coordinator@phila.example)").waitFor();
    await page.getByRole("heading", { name: "Coordination" }).waitFor();
    const note = `Signed in with the City's provider (${randomBytes(3).toString("hex")})`;
    await page.getByLabel("Add a note").fill(note);
    await page.getByRole("button", { name: "Save note" }).click();
    await page.locator(".note-list li", { hasText: note }).waitFor();
    await screenshot(page, "13-signed-in-with-the-city-provider");

    const answer = await ask(notesQuery, { id: initiative.id }, accessToken);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.initiative.notes.map((n: { body: string }) => n.body)).toContain(note);
    watched.expectClean();
    await watched.close();
  });

  it("an account without the role signs in too, and is refused the coordinator's notes", async () => {
    const { watched, accessToken } = await signIn("sam.resident@phila.example");
    await watched.page.getByText("Signed in as no role (sam.resident@phila.example)").waitFor();
    expect(await watched.page.getByRole("heading", { name: "Coordination" }).count()).toBe(0);
    const answer = await ask(notesQuery, { id: initiative.id }, accessToken);
    expect(answer.data.initiative).toEqual({ title: initiative.title, notes: null });
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // A token the provider did not sign is refused outright.
    const forged = `${accessToken.slice(0, accessToken.lastIndexOf(".") + 1)}${"A".repeat(342)}`;
    expect((await ask(notesQuery, { id: initiative.id }, forged)).status).toBe(401);
    watched.expectClean();
    await watched.close();
  });
});
