import { ConfigurationError } from "@dlhub/subgraph-kit";
import { readRegistryEnv } from "./env.js";

const SECRET = "a-development-secret-of-32-chars!!";

describe("readRegistryEnv", () => {
  it("reads the settings, with defaults for port and host", () => {
    expect(readRegistryEnv({ REGISTRY_DATABASE_URL: "postgres://localhost/dlhub_registry", DLHUB_TOKEN_SECRET: SECRET })).toEqual({
      REGISTRY_PORT: 4006,
      REGISTRY_HOST: "0.0.0.0",
      REGISTRY_DATABASE_URL: "postgres://localhost/dlhub_registry",
      DLHUB_TOKEN_SECRET: SECRET,
      REGISTRY_WEBHOOK_RETRY_BASE_MS: 10_000,
      REGISTRY_WEBHOOK_MAX_ATTEMPTS: 10,
      REGISTRY_WEBHOOK_TIMEOUT_MS: 10_000,
      REGISTRY_USAGE_WINDOW_DAYS: 30,
    });
  });

  it("reads the usage window in whole days", () => {
    const base = { REGISTRY_DATABASE_URL: "postgres://localhost/dlhub_registry", DLHUB_TOKEN_SECRET: SECRET };
    expect(readRegistryEnv({ ...base, REGISTRY_USAGE_WINDOW_DAYS: "7" }).REGISTRY_USAGE_WINDOW_DAYS).toBe(7);
    expect(() => readRegistryEnv({ ...base, REGISTRY_USAGE_WINDOW_DAYS: "0" })).toThrow("REGISTRY_USAGE_WINDOW_DAYS");
  });

  it("lists every problem, not only the first", () => {
    let error: unknown;
    try {
      readRegistryEnv({ REGISTRY_PORT: "http" });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems.join("\n");
    expect(problems).toMatch(/REGISTRY_PORT: must be a port number/);
    expect(problems).toMatch(/REGISTRY_DATABASE_URL: is required/);
    expect(problems).toMatch(/DLHUB_TOKEN_SECRET or DLHUB_JWKS_URL: set one/);
    expect(() => readRegistryEnv({ REGISTRY_DATABASE_URL: "postgres://localhost/r", DLHUB_JWKS_URL: "ftp://keys" })).toThrow(/DLHUB_JWKS_URL: must be an http\(s\) URL/);
  });

  it("needs a token secret or a JWKS URL", () => {
    expect(() => readRegistryEnv({ REGISTRY_DATABASE_URL: "postgres://localhost/r" })).toThrow(/DLHUB_TOKEN_SECRET or DLHUB_JWKS_URL: set one/);
    expect(() => readRegistryEnv({ REGISTRY_DATABASE_URL: "postgres://localhost/r", DLHUB_TOKEN_SECRET: "short" })).toThrow(/at least 32/);
  });
});
