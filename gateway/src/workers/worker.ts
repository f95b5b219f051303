import { type GraphqlServer, type Logger, close, listen, stopOnSignals } from "@dlhub/subgraph-kit";
import { type GatewayEnv } from "../env.js";
import { type RateLimitStore } from "../rate-limit-store.js";
import { createGatewayServer } from "../server.js";
import { gatewayServerSettings } from "../server-settings.js";
import { openWorkerRateLimitStore } from "./cluster-rate-limit.js";
import { ForwardedSupergraph, supergraphFromPrimary } from "./forwarded-supergraph.js";
import { type GatewayMessage, isGatewayMessage } from "./messages.js";

/**
 * One worker of a gateway on every core: the gateway's server on the shared port, serving the
 * supergraph the primary sends and counting the rate limit where the primary says.
 */
export async function runWorker(env: GatewayEnv, gatewayLogger: Logger): Promise<void> {
  const logger = gatewayLogger.child({ worker: process.pid });
  let server: GraphqlServer | null = null;
  let rateLimitStore: RateLimitStore | null = null;
  let closing: Promise<void> | null = null;
  const stop = () =>
    (closing ??= (async () => {
      if (server) await close(server);
      await rateLimitStore?.close();
    })());
  const stopAndExit = () => stop().then(() => process.exit(0), () => process.exit(1));
  // Heard from the start: the primary may ask a worker that is still starting (a replacement) to stop.
  process.on("message", (message: unknown) => {
    if (isGatewayMessage(message, "dlhub:stop")) void stopAndExit();
  });
  // The primary is gone (killed, say): a worker must not go on serving alone, unfollowed and unrestarted.
  process.on("disconnect", () => void stopAndExit());
  // Signals reach a worker too when sent to the whole process group (Ctrl-C in a terminal).
  stopOnSignals(stop, (message) => logger.info(message));

  const first = await supergraphFromPrimary();
  const supergraph = env.registry ? { ...env.registry, follower: new ForwardedSupergraph(first, logger) } : { sdl: first.sdl };
  rateLimitStore = await openWorkerRateLimitStore(env.rateLimitStore, env.rateLimitPerMinute, logger);
  server = await createGatewayServer(gatewayServerSettings(env, { supergraph, rateLimitStore, logger }));
  if (closing) return;
  const port = await listen(server, env.port, env.host);
  process.send?.({ type: "dlhub:listening", port } satisfies GatewayMessage);
}
