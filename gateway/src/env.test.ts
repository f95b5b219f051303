import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { REPOSITORY_CONSOLE_DIR, readConsoleEnv, readGatewayEnv } from "./env";

describe("readGatewayEnv", () => {
  it("answers introspection except in production, unless told", () => {
    expect(readGatewayEnv({}).introspection).toBe(true);
    expect(readGatewayEnv({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(readGatewayEnv({ NODE_ENV: "production", GATEWAY_INTROSPECTION: "true" }).introspection).toBe(true);
    expect(readGatewayEnv({ GATEWAY_INTROSPECTION: "false" }).introspection).toBe(false);
    expect(() => readGatewayEnv({ GATEWAY_INTROSPECTION: "yes" })).toThrow(/GATEWAY_INTROSPECTION/);
  });

  it("limits each client to 600 requests a minute unless told otherwise", () => {
    expect(readGatewayEnv({}).rateLimitPerMinute).toBe(600);
    expect(readGatewayEnv({ GATEWAY_RATE_LIMIT_PER_MINUTE: "6000" }).rateLimitPerMinute).toBe(6000);
    expect(() => readGatewayEnv({ GATEWAY_RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/GATEWAY_RATE_LIMIT_PER_MINUTE/);
  });

  it("shares the rate limit through Redis, else the gateway's database, else counts in this process", () => {
    const redis = "redis://cache.internal:6379";
    const own = "postgres://dlhub@db.internal/gateway";
    const server = "postgres://dlhub@db.internal/postgres";
    expect(readGatewayEnv({ GATEWAY_RATE_LIMIT_REDIS_URL: redis, GATEWAY_DATABASE_URL: own }).rateLimitStore).toEqual({ kind: "redis", url: redis });
    expect(readGatewayEnv({ GATEWAY_DATABASE_URL: own, DATABASE_URL: server }).rateLimitStore).toEqual({ kind: "postgres", url: own, createDatabase: false });
    expect(readGatewayEnv({ DATABASE_URL: server }).rateLimitStore).toEqual({ kind: "postgres", url: "postgres://dlhub@db.internal/dlhub_gateway", createDatabase: true });
    expect(readGatewayEnv({}).rateLimitStore).toEqual({ kind: "memory" });
    expect(() => readGatewayEnv({ GATEWAY_RATE_LIMIT_REDIS_URL: "http://cache" })).toThrow(/GATEWAY_RATE_LIMIT_REDIS_URL/);
  });

  it("shares identical queries and identical subgraph fetches in flight unless told not to, each on its own", () => {
    expect(readGatewayEnv({}).deduplication).toEqual({ operations: true, subgraphFetches: true });
    expect(readGatewayEnv({ GATEWAY_DEDUP_OPERATIONS: "false" }).deduplication).toEqual({ operations: false, subgraphFetches: true });
    expect(readGatewayEnv({ GATEWAY_DEDUP_SUBGRAPH_FETCHES: "false" }).deduplication).toEqual({ operations: true, subgraphFetches: false });
    expect(() => readGatewayEnv({ GATEWAY_DEDUP_OPERATIONS: "off" })).toThrow(/GATEWAY_DEDUP_OPERATIONS/);
    expect(() => readGatewayEnv({ GATEWAY_DEDUP_SUBGRAPH_FETCHES: "0" })).toThrow(/GATEWAY_DEDUP_SUBGRAPH_FETCHES/);
  });

  it("runs one worker per core in production and one process elsewhere, unless told", () => {
    expect(readGatewayEnv({}).workers).toBe(1);
    expect(readGatewayEnv({ NODE_ENV: "production" }).workers).toBe(availableParallelism());
    expect(readGatewayEnv({ NODE_ENV: "production", GATEWAY_WORKERS: "1" }).workers).toBe(1);
    expect(readGatewayEnv({ GATEWAY_WORKERS: "4" }).workers).toBe(4);
    for (const wrong of ["0", "65", "2.5", "all"]) expect(() => readGatewayEnv({ GATEWAY_WORKERS: wrong })).toThrow(/GATEWAY_WORKERS/);
  });

  it("trusts no proxy's word on the client's address unless told", () => {
    expect(readGatewayEnv({}).trustedProxies).toBeUndefined();
    expect(readGatewayEnv({ GATEWAY_TRUSTED_PROXIES: "1" }).trustedProxies).toBe(1);
    expect(readGatewayEnv({ GATEWAY_TRUSTED_PROXIES: "10.0.0.0/8,loopback" }).trustedProxies).toEqual(["10.0.0.0/8", "loopback"]);
    expect(() => readGatewayEnv({ GATEWAY_TRUSTED_PROXIES: "true" })).toThrow(/GATEWAY_TRUSTED_PROXIES/);
  });
});

describe("the console's settings", () => {
  const tokenSecret = "t".repeat(32);
  const identity = { DLHUB_TOKEN_SECRET: tokenSecret, DLHUB_FORWARDING_SECRET: "f".repeat(32) };
  const oidc = { CONSOLE_OIDC_ISSUER: "https://id.phila.gov/realms/city", CONSOLE_OIDC_CLIENT_ID: "dlhub-console" };

  it("serves the repository's built console when there is one, or the folder named", () => {
    expect(readConsoleEnv({}).directory).toBe(existsSync(join(REPOSITORY_CONSOLE_DIR, "index.html")) ? REPOSITORY_CONSOLE_DIR : null);
    const folder = mkdtempSync(join(tmpdir(), "dlhub-console-env-"));
    try {
      expect(() => readConsoleEnv({ GATEWAY_CONSOLE_DIR: folder })).toThrow(/GATEWAY_CONSOLE_DIR: must be a folder holding the built console's index.html/);
      writeFileSync(join(folder, "index.html"), "<!doctype html>");
      expect(readConsoleEnv({ GATEWAY_CONSOLE_DIR: folder }).directory).toBe(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("allows no other origin by default, and exactly the origins listed", () => {
    expect(readConsoleEnv({}).corsOrigins).toEqual([]);
    expect(readConsoleEnv({ GATEWAY_CORS_ORIGINS: "https://console.phila.gov, http://localhost:5173" }).corsOrigins).toEqual(["https://console.phila.gov", "http://localhost:5173"]);
    for (const bad of ["console.phila.gov", "https://console.phila.gov/", "https://console.phila.gov/app", "*"]) {
      expect(() => readConsoleEnv({ GATEWAY_CORS_ORIGINS: bad })).toThrow(/GATEWAY_CORS_ORIGINS: must be origins/);
    }
  });

  it("signs in with development tokens only with a token secret and never in production", () => {
    expect(readGatewayEnv(identity).console.auth).toEqual({ mode: "development", tokenSecret });
    expect(readGatewayEnv({ ...identity, NODE_ENV: "production" }).console.auth).toEqual({ mode: "none" });
    expect(readGatewayEnv({}).console.auth).toEqual({ mode: "none" });
  });

  it("signs in with the City's provider when it is configured, and needs its JWKS to check the tokens", () => {
    const jwks = { DLHUB_JWKS_URL: "https://id.phila.gov/jwks", DLHUB_FORWARDING_SECRET: "f".repeat(32) };
    expect(readGatewayEnv({ ...jwks, ...oidc, NODE_ENV: "production" }).console.auth).toEqual({
      mode: "oidc",
      issuer: oidc.CONSOLE_OIDC_ISSUER,
      clientId: "dlhub-console",
      scope: "openid profile",
      audience: "dlhub",
    });
    expect(readGatewayEnv({ ...jwks, ...oidc, CONSOLE_OIDC_SCOPE: "openid email", CONSOLE_OIDC_AUDIENCE: "api://dlhub" }).console.auth).toMatchObject({ scope: "openid email", audience: "api://dlhub" });
    expect(() => readGatewayEnv({ ...identity, ...oidc })).toThrow(/CONSOLE_OIDC_ISSUER: needs DLHUB_JWKS_URL/);
    expect(() => readConsoleEnv({ CONSOLE_OIDC_ISSUER: oidc.CONSOLE_OIDC_ISSUER })).toThrow(/set both/);
  });
});
