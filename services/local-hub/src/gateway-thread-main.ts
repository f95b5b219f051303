// First: a thread is a fresh JS environment; the tracing instrumentations must load before http and graphql do here too.
import "@dlhub/subgraph-kit/tracing";
import { parentPort, workerData } from "node:worker_threads";
import { createGatewayServer } from "@dlhub/gateway";
import { createIdentityVerifier } from "@dlhub/schema";
import { close, createLogger, listen } from "@dlhub/subgraph-kit";
import { type GatewayThreadMessage, type GatewayThreadSettings } from "./gateway-thread.js";

/** The gateway's thread (started by ./gateway-thread.ts): serves until the main thread says "close". */
async function main(port: NonNullable<typeof parentPort>): Promise<void> {
  const settings = workerData as GatewayThreadSettings;
  const send = (message: GatewayThreadMessage) => port.postMessage(message);
  try {
    const server = await createGatewayServer({
      supergraph: { registryUrl: settings.registryUrl, pollIntervalMs: settings.pollIntervalMs },
      identity: { verifier: createIdentityVerifier({ secret: settings.tokenSecret }), forwardingSecret: settings.forwardingSecret },
      console: settings.console,
      trustedDocuments: settings.trustedDocuments,
      usage: settings.usage,
      responseCache: settings.responseCache,
      logger: createLogger("dlhub", settings.logLevel).child({ service: "gateway" }),
    });
    port.once("message", () => void close(server).finally(() => send({ closed: true })));
    send({ listening: await listen(server, settings.port, settings.host) });
  } catch (error) {
    const { code, port: failedPort } = error as { code?: string; port?: number };
    send({ failed: { message: error instanceof Error ? error.message : String(error), code, port: failedPort } });
  }
}

if (parentPort) void main(parentPort);
