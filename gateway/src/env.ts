import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { DLHUB_AUDIENCE, type IdentityOptions, SUPERGRAPH_PATH } from "@dlhub/schema";
import { ConfigurationError, logLevel, parseEnv, port, postgresUrl } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { type ConsoleAuth, type ConsoleOptions } from "./console-options.js";
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from "./protection.js";
import { rateLimitStoreSettings, trustedProxies } from "./rate-limit-settings.js";
import { USAGE_ENV, usageReportingSettings } from "./usage/usage-env.js";

/**
 * The gateway's settings. Subgraph routing URLs come from the supergraph; `<NAME>_SUBGRAPH_URL`
 * (e.g. `LIBRARIES_SUBGRAPH_URL`) overrides one for a deployment where services live elsewhere.
 */
export function readGatewayEnv(source: NodeJS.ProcessEnv = process.env) {
  const env = parseEnv(
    {
      GATEWAY_PORT: port(4000),
      GATEWAY_HOST: z.string().default("0.0.0.0"),
      GATEWAY_SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_PATH),
      // With a registry the gateway follows what departments publish; without one it serves the file.
      GATEWAY_REGISTRY_URL: z.url({ protocol: /^https?$/ }).optional(),
      GATEWAY_REGISTRY_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
      // Unset: one process per core in production (README, "Every core"), one process elsewhere.
      GATEWAY_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
      GATEWAY_SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
      GATEWAY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(DEFAULT_RATE_LIMIT_PER_MINUTE),
      // Where every copy's rate limit counts meet (rate-limit-settings.ts); without any, each copy counts alone.
      GATEWAY_RATE_LIMIT_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
      GATEWAY_DATABASE_URL: postgresUrl.optional(),
      DATABASE_URL: postgresUrl.optional(),
      GATEWAY_TRUSTED_PROXIES: trustedProxies,
      // Unset: introspection is answered unless NODE_ENV is production.
      GATEWAY_INTROSPECTION: z.enum(["true", "false"]).optional(),
      NODE_ENV: z.string().optional(),
      // Unset: required under NODE_ENV=production (only registered documents run), else allowed.
      GATEWAY_TRUSTED_DOCUMENTS: z.enum(["required", "allowed"]).optional(),
      // Callers' tokens: a shared secret (development) or the identity provider's JWKS (production).
      DLHUB_TOKEN_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
      DLHUB_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
      DLHUB_TOKEN_ISSUER: z.string().min(1).optional(),
      DLHUB_TOKEN_AUDIENCE: z.string().min(1).optional(),
      // Signs the identities forwarded to subgraphs, which are given the same value.
      DLHUB_FORWARDING_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
      // In-flight deduplication (README, "In-flight deduplication"): on unless turned off, each on its own.
      GATEWAY_DEDUP_OPERATIONS: z.enum(["true", "false"]).default("true"),
      GATEWAY_DEDUP_SUBGRAPH_FETCHES: z.enum(["true", "false"]).default("true"),
      // The response cache (README, "Response cache"): its memory, 0 for none, and how often subgraphs' data versions are read.
      GATEWAY_RESPONSE_CACHE_MB: z.coerce.number().min(0).max(65_536).default(64),
      GATEWAY_DATA_VERSION_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
      GATEWAY_RESPONSE_CACHE_MAX_AGE_S: z.coerce.number().int().min(1).max(86_400).default(60),
      LOG_LEVEL: logLevel,
      ...USAGE_ENV,
    },
    source,
  );
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    const match = /^([A-Z0-9_]+)_SUBGRAPH_URL$/.exec(key);
    if (match && value) subgraphUrls[match[1].toLowerCase().replace(/_/g, "-")] = value;
  }
  const consoleEnv = readConsoleEnv(source);
  if (consoleEnv.oidc && !env.DLHUB_JWKS_URL) throw new ConfigurationError(["CONSOLE_OIDC_ISSUER: needs DLHUB_JWKS_URL, or the gateway cannot check the tokens the console signs in with"]);
  return {
    console: { directory: consoleEnv.directory, corsOrigins: consoleEnv.corsOrigins, auth: consoleAuth(consoleEnv, env.DLHUB_TOKEN_SECRET, source) } satisfies ConsoleOptions,
    port: env.GATEWAY_PORT,
    host: env.GATEWAY_HOST,
    supergraphPath: env.GATEWAY_SUPERGRAPH_PATH,
    registry: env.GATEWAY_REGISTRY_URL ? { registryUrl: env.GATEWAY_REGISTRY_URL, pollIntervalMs: env.GATEWAY_REGISTRY_POLL_MS } : null,
    workers: env.GATEWAY_WORKERS ?? (env.NODE_ENV === "production" ? availableParallelism() : 1),
    subgraphTimeoutMs: env.GATEWAY_SUBGRAPH_TIMEOUT_MS,
    rateLimitPerMinute: env.GATEWAY_RATE_LIMIT_PER_MINUTE,
    rateLimitStore: rateLimitStoreSettings({ redisUrl: env.GATEWAY_RATE_LIMIT_REDIS_URL, databaseUrl: env.GATEWAY_DATABASE_URL, serverUrl: env.DATABASE_URL }),
    trustedProxies: env.GATEWAY_TRUSTED_PROXIES,
    trustedDocuments: { mode: env.GATEWAY_TRUSTED_DOCUMENTS ?? (env.NODE_ENV === "production" ? "required" : "allowed") } as const,
    introspection: env.GATEWAY_INTROSPECTION ? env.GATEWAY_INTROSPECTION === "true" : env.NODE_ENV !== "production",
    subgraphUrls,
    identity: identitySettings(env),
    deduplication: { operations: env.GATEWAY_DEDUP_OPERATIONS === "true", subgraphFetches: env.GATEWAY_DEDUP_SUBGRAPH_FETCHES === "true" },
    responseCache: { maxBytes: Math.round(env.GATEWAY_RESPONSE_CACHE_MB * 1024 * 1024), pollMs: env.GATEWAY_DATA_VERSION_POLL_MS, maxAgeMs: env.GATEWAY_RESPONSE_CACHE_MAX_AGE_S * 1000 },
    logLevel: env.LOG_LEVEL,
    usage: usageReportingSettings(env),
  };
}

/**
 * Callers are known only with both a way to check their tokens and a secret to vouch for them to
 * the subgraphs; with neither, every caller is anonymous. One without the other is a mistake.
 */
function identitySettings(env: Record<string, unknown>): { token: IdentityOptions; forwardingSecret: string } | null {
  const secret = env.DLHUB_TOKEN_SECRET as string | undefined;
  const jwksUrl = env.DLHUB_JWKS_URL as string | undefined;
  const forwardingSecret = env.DLHUB_FORWARDING_SECRET as string | undefined;
  const problems: string[] = [];
  if (secret && jwksUrl) problems.push("DLHUB_TOKEN_SECRET, DLHUB_JWKS_URL: set one, not both");
  if ((secret || jwksUrl) && !forwardingSecret) problems.push("DLHUB_FORWARDING_SECRET: required with DLHUB_TOKEN_SECRET or DLHUB_JWKS_URL");
  if (forwardingSecret && !secret && !jwksUrl) problems.push("DLHUB_FORWARDING_SECRET: needs DLHUB_TOKEN_SECRET or DLHUB_JWKS_URL to check callers' tokens");
  if (secret && secret === forwardingSecret) problems.push("DLHUB_FORWARDING_SECRET: must differ from DLHUB_TOKEN_SECRET");
  if (problems.length > 0) throw new ConfigurationError(problems);
  if (!forwardingSecret) return null;
  const token: IdentityOptions = jwksUrl ? { jwksUrl } : { secret };
  if (env.DLHUB_TOKEN_ISSUER) token.issuer = env.DLHUB_TOKEN_ISSUER as string;
  if (env.DLHUB_TOKEN_AUDIENCE) token.audience = env.DLHUB_TOKEN_AUDIENCE as string;
  return { token, forwardingSecret };
}

export type GatewayEnv = ReturnType<typeof readGatewayEnv>;

/** The repository's built console, beside this package; where `npm run build -w console` puts it. */
export const REPOSITORY_CONSOLE_DIR = resolve(__dirname, "../../console/dist");

const hasIndex = (directory: string) => existsSync(join(directory, "index.html"));

/** An origin as browsers send it: scheme, host and port, nothing else. */
const isOrigin = (value: string) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
};

/**
 * The console's settings, shared by the gateway and the local hub (which runs a gateway of its
 * own): where its built files are, which other origins may call the gateway from a browser, and
 * the City's OpenID Connect provider for signing in.
 */
export function readConsoleEnv(source: NodeJS.ProcessEnv = process.env) {
  const env = parseEnv(
    {
      // Unset: the repository's console/dist when it has been built; without one `/` goes to the explorer.
      GATEWAY_CONSOLE_DIR: z.string().min(1).refine(hasIndex, "must be a folder holding the built console's index.html").optional(),
      GATEWAY_CORS_ORIGINS: z
        .string()
        .default("")
        .transform((value) => value.split(",").map((origin) => origin.trim()).filter(Boolean))
        .refine((origins) => origins.every(isOrigin), "must be origins separated by commas, e.g. https://console.phila.gov (scheme, host and port; no path)"),
      CONSOLE_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
      CONSOLE_OIDC_CLIENT_ID: z.string().min(1).optional(),
      CONSOLE_OIDC_SCOPE: z.string().min(1).default("openid profile"),
      CONSOLE_OIDC_AUDIENCE: z.string().min(1).optional(),
      DLHUB_TOKEN_AUDIENCE: z.string().min(1).optional(),
    },
    source,
  );
  if (Boolean(env.CONSOLE_OIDC_ISSUER) !== Boolean(env.CONSOLE_OIDC_CLIENT_ID)) {
    throw new ConfigurationError(["CONSOLE_OIDC_ISSUER, CONSOLE_OIDC_CLIENT_ID: set both for sign-in with the City's provider, or neither"]);
  }
  const directory = env.GATEWAY_CONSOLE_DIR ?? (hasIndex(REPOSITORY_CONSOLE_DIR) ? REPOSITORY_CONSOLE_DIR : null);
  const oidc =
    env.CONSOLE_OIDC_ISSUER && env.CONSOLE_OIDC_CLIENT_ID
      ? {
          issuer: env.CONSOLE_OIDC_ISSUER,
          clientId: env.CONSOLE_OIDC_CLIENT_ID,
          scope: env.CONSOLE_OIDC_SCOPE,
          // The audience the gateway checks tokens for, unless the provider needs another name for it.
          audience: env.CONSOLE_OIDC_AUDIENCE ?? env.DLHUB_TOKEN_AUDIENCE ?? DLHUB_AUDIENCE,
        }
      : null;
  return { directory, corsOrigins: env.GATEWAY_CORS_ORIGINS, oidc };
}

export type ConsoleEnv = ReturnType<typeof readConsoleEnv>;

/**
 * How the console signs people in. The City's provider wins when it is configured: a deployment
 * that also keeps a token secret (for CI publishers, say) must not start minting tokens for anyone
 * who asks. Development tokens otherwise, only with a secret and never under NODE_ENV=production.
 */
export function consoleAuth(consoleEnv: Pick<ConsoleEnv, "oidc">, tokenSecret: string | undefined, source: NodeJS.ProcessEnv = process.env): ConsoleAuth {
  if (consoleEnv.oidc) return { mode: "oidc", ...consoleEnv.oidc };
  if (tokenSecret && !runningInProduction(source)) return { mode: "development", tokenSecret };
  return { mode: "none" };
}

/** Checked again where development tokens are minted, whoever configured the gateway. */
export const runningInProduction = (source: NodeJS.ProcessEnv = process.env) => source.NODE_ENV === "production";
