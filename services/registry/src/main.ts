// First: the tracing instrumentations must load before pg, graphql and http do.
import "@dlhub/subgraph-kit/tracing";
import { ConfigurationError, stopOnSignals } from "@dlhub/subgraph-kit";
import { createIdentityVerifier } from "@dlhub/schema";
import { type RegistryEnv, readRegistryEnv } from "./env.js";
import { startRegistry } from "./service.js";

/** The standalone registry: `node services/registry/dist/main.js`, configured by its environment (env.ts). */
async function main(): Promise<void> {
  let env: RegistryEnv;
  try {
    env = readRegistryEnv();
  } catch (error) {
    console.error(error instanceof ConfigurationError ? error.message : error);
    process.exit(1);
  }
  // The JWKS URL wins when both are set: production tokens come from the City's identity provider.
  const verifier = createIdentityVerifier(env.DLHUB_JWKS_URL ? { jwksUrl: env.DLHUB_JWKS_URL } : { secret: env.DLHUB_TOKEN_SECRET });
  try {
    const webhooks = { retryBaseMs: env.REGISTRY_WEBHOOK_RETRY_BASE_MS, maxAttempts: env.REGISTRY_WEBHOOK_MAX_ATTEMPTS, timeoutMs: env.REGISTRY_WEBHOOK_TIMEOUT_MS };
    const service = await startRegistry({ databaseUrl: env.REGISTRY_DATABASE_URL, port: env.REGISTRY_PORT, host: env.REGISTRY_HOST, verifier, webhooks, usageWindowDays: env.REGISTRY_USAGE_WINDOW_DAYS });
    console.log(`schema registry listening at ${service.url}`);
    stopOnSignals(service.close, console.log);
  } catch (error) {
    console.error(explain(error, env));
    process.exit(1);
  }
}

/** The sentence a person needs for the failures a start commonly meets. */
function explain(error: unknown, env: RegistryEnv): string {
  const code = (error as { code?: string }).code;
  if (code === "EADDRINUSE") return `Port ${env.REGISTRY_PORT} is in use: is the registry already running? Set REGISTRY_PORT to another port.`;
  if (code === "ECONNREFUSED") return "PostgreSQL refused the connection: check REGISTRY_DATABASE_URL and that the server is running.";
  if (code === "3D000") return "The database named in REGISTRY_DATABASE_URL does not exist: create it first.";
  return error instanceof Error ? error.message : String(error);
}

void main();
