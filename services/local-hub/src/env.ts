import { join } from "node:path";
import { readConsoleEnv } from "@dlhub/gateway";
import { localDataDirectory } from "@dlhub/schema";
import { logLevel, parseEnv, port, postgresUrl } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { GATEWAY_PORT, HUB_PORT, REGISTRY_PORT, departments } from "./departments.js";

/**
 * The local hub's settings. Without DATABASE_URL it runs its own embedded PostgreSQL, whose data
 * lives in DLHUB_DATA_DIR: by default a folder of this checkout's in the user's data directory,
 * which survives reboots (see localDataDirectory).
 */
export function readLocalHubEnv(source: NodeJS.ProcessEnv = process.env) {
  const env = parseEnv(
    {
      DATABASE_URL: postgresUrl.optional(),
      DLHUB_DATA_DIR: z.string().default(localDataDirectory(source)),
      // Signs and checks tokens; without it a development secret is made once in DLHUB_DATA_DIR.
      DLHUB_TOKEN_SECRET: z.string().min(32).optional(),
      // Signs forwarded identities; without it a development secret is made once in DLHUB_DATA_DIR.
      DLHUB_FORWARDING_SECRET: z.string().min(32).optional(),
      DLHUB_SEED_DEMO_DATA: z.enum(["true", "false"]).default("true"),
      GATEWAY_PORT: port(GATEWAY_PORT),
      LOG_LEVEL: logLevel.default("warn"),
      HUB_PORT: port(HUB_PORT),
      REGISTRY_PORT: port(REGISTRY_PORT),
      HUB_SYNC_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(1000),
      // `required` tries the console as production serves it: only registered documents run.
      GATEWAY_TRUSTED_DOCUMENTS: z.enum(["required", "allowed"]).default("allowed"),
      // The gateway's usage reports to the registry (what `dlhub usage` and the checks read).
      GATEWAY_USAGE_REPORTING: z.enum(["on", "off"]).default("on"),
      // The gateway's response cache, as a deployed gateway's (README, "Response cache"); 0 turns it off.
      GATEWAY_RESPONSE_CACHE_MB: z.coerce.number().min(0).max(65_536).default(64),
      GATEWAY_DATA_VERSION_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
      GATEWAY_RESPONSE_CACHE_MAX_AGE_S: z.coerce.number().int().min(1).max(86_400).default(60),
      ...Object.fromEntries(departments.map(({ definition, port: p }) => [portVariable(definition.name), port(p)])),
    },
    source,
  ) as Record<string, string | number | undefined>;
  return {
    serverUrl: env.DATABASE_URL as string | undefined,
    dataDir: env.DLHUB_DATA_DIR as string,
    postgresDir: join(env.DLHUB_DATA_DIR as string, "postgres"),
    seed: env.DLHUB_SEED_DEMO_DATA === "true",
    gatewayPort: env.GATEWAY_PORT as number,
    registryPort: env.REGISTRY_PORT as number,
    tokenSecret: env.DLHUB_TOKEN_SECRET as string | undefined,
    forwardingSecret: env.DLHUB_FORWARDING_SECRET as string | undefined,
    subgraphPort: (name: string) => env[portVariable(name)] as number,
    syncIntervalMs: env.HUB_SYNC_INTERVAL_MS as number,
    logLevel: env.LOG_LEVEL as string,
    trustedDocuments: { mode: env.GATEWAY_TRUSTED_DOCUMENTS as "required" | "allowed" },
    usageReporting: env.GATEWAY_USAGE_REPORTING === "on",
    responseCache: { maxBytes: Math.round((env.GATEWAY_RESPONSE_CACHE_MB as number) * 1024 * 1024), pollMs: env.GATEWAY_DATA_VERSION_POLL_MS as number, maxAgeMs: (env.GATEWAY_RESPONSE_CACHE_MAX_AGE_S as number) * 1000 },
  };
}

const portVariable = (name: string) => `${name.toUpperCase().replace(/-/g, "_")}_PORT`;

/**
 * Where the local gateway finds the built console and which other origins may call it
 * (GATEWAY_CONSOLE_DIR, GATEWAY_CORS_ORIGINS, as for the gateway). The local hub signs the console
 * in with development tokens, so the City's provider settings play no part here.
 */
export function readLocalConsoleEnv(source: NodeJS.ProcessEnv = process.env) {
  const { directory, corsOrigins } = readConsoleEnv(source);
  return { directory, corsOrigins };
}
