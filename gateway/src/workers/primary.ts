import cluster, { type Worker } from "node:cluster";
import { type Logger, answerClusterMetrics, stopOnSignals } from "@dlhub/subgraph-kit";
import { type GatewayEnv } from "../env.js";
import { prepareRateLimitInPrimary } from "./cluster-rate-limit.js";
import { isGatewayMessage } from "./messages.js";
import { PrimarySupergraph } from "./primary-supergraph.js";
import { WorkerPool } from "./worker-pool.js";

/**
 * The primary of a gateway on every core (GATEWAY_WORKERS above 1). It serves no request itself:
 * it forks the workers, which share the port, and holds what they must share: the supergraph
 * (read or followed once, sent to each), the memory store's rate-limit counts, and the gathering
 * of their metrics for /metrics.
 */
export async function runPrimary(env: GatewayEnv, logger: Logger): Promise<void> {
  await prepareRateLimitInPrimary(env.rateLimitStore, env.workers, logger);
  answerClusterMetrics();
  const workers = new WorkerPool(env.workers, logger, (port) => logger.info({ url: `http://localhost:${port}/graphql`, workers: env.workers }, "gateway listening"));
  const supergraph = new PrimarySupergraph(env, logger, (message) => workers.broadcast(message));
  // A worker that starts (or restarts) asks for the supergraph being served.
  cluster.on("message", (worker: Worker, message: unknown) => {
    const latest = supergraph.latest;
    if (isGatewayMessage(message, "dlhub:supergraph-request") && latest && worker.isConnected()) worker.send(latest);
  });
  supergraph.start();
  workers.start();
  stopOnSignals(
    async () => {
      await supergraph.stop();
      await workers.stop();
    },
    (message) => logger.info(message),
  );
}
