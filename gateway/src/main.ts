// First: the tracing instrumentations must load before pg, graphql and http do.
import "@dlhub/subgraph-kit/tracing";
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { ConfigurationError, close, createLogger, listen, stopOnSignals } from "@dlhub/subgraph-kit";
import { readGatewayEnv } from "./env.js";
import { openRateLimitStore } from "./rate-limit-store.js";
import { createGatewayServer } from "./server.js";
import { gatewayServerSettings } from "./server-settings.js";
import { runPrimary } from "./workers/primary.js";
import { runWorker } from "./workers/worker.js";

async function main(): Promise<void> {
  const env = readGatewayEnv();
  const logger = createLogger("gateway", env.logLevel);
  // GATEWAY_WORKERS above 1: this process forks the workers (README, "Every core"); each of them runs this file again.
  if (env.workers > 1) return cluster.isPrimary ? runPrimary(env, logger) : runWorker(env, logger);
  const rateLimitStore = await openRateLimitStore(env.rateLimitStore, env.rateLimitPerMinute, logger);
  const supergraph = env.registry ?? { sdl: readFileSync(env.supergraphPath, "utf8") };
  const server = await createGatewayServer(gatewayServerSettings(env, { supergraph, rateLimitStore, logger }));
  const port = await listen(server, env.port, env.host);
  logger.info({ url: `http://localhost:${port}/graphql` }, "gateway listening");
  stopOnSignals(() => close(server).then(() => rateLimitStore.close()), (message) => logger.info(message));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
