// First: the tracing instrumentations must load before pg, graphql and http do.
import "@dlhub/subgraph-kit/tracing";
import { readFileSync } from "node:fs";
import { createIdentityVerifier } from "@dlhub/schema";
import { ConfigurationError, close, createLogger, listen, stopOnSignals } from "@dlhub/subgraph-kit";
import { readGatewayEnv } from "./env.js";
import { openRateLimitStore } from "./rate-limit-store.js";
import { createGatewayServer } from "./server.js";

async function main(): Promise<void> {
  const env = readGatewayEnv();
  const logger = createLogger("gateway", env.logLevel);
  const rateLimitStore = await openRateLimitStore(env.rateLimitStore, env.rateLimitPerMinute, logger);
  const server = await createGatewayServer({
    supergraph: env.registry ?? { sdl: readFileSync(env.supergraphPath, "utf8") },
    subgraphUrls: env.subgraphUrls,
    subgraphTimeoutMs: env.subgraphTimeoutMs,
    rateLimitPerMinute: env.rateLimitPerMinute,
    rateLimitStore,
    trustedProxies: env.trustedProxies,
    introspection: env.introspection,
    identity: env.identity ? { verifier: createIdentityVerifier(env.identity.token), forwardingSecret: env.identity.forwardingSecret } : undefined,
    console: env.console,
    trustedDocuments: env.trustedDocuments,
    usage: env.usage ?? undefined,
    logger,
  });
  const port = await listen(server, env.port, env.host);
  logger.info({ url: `http://localhost:${port}/graphql` }, "gateway listening");
  stopOnSignals(() => close(server).then(() => rateLimitStore.close()), (message) => logger.info(message));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
