import { Worker } from "node:worker_threads";
import { type ConsoleOptions, type ResponseCacheSettings, type TrustedDocumentsOptions, type UsageReportingOptions } from "@dlhub/gateway";

/** What the gateway's thread is started with: plain data, since a function cannot cross to a thread. */
export interface GatewayThreadSettings {
  registryUrl: string;
  pollIntervalMs: number;
  /** The verifier of callers' tokens is built in the thread from this secret. */
  tokenSecret: string;
  forwardingSecret: string;
  console: ConsoleOptions;
  trustedDocuments?: TrustedDocumentsOptions;
  usage?: UsageReportingOptions;
  responseCache?: ResponseCacheSettings;
  port: number;
  host: string;
  logLevel: string;
}

/** What the thread says: listening on a port, failed to start, or closed when asked. */
export type GatewayThreadMessage = { listening: number } | { failed: { message: string; code?: string; port?: number } } | { closed: true };

export interface GatewayThread {
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the gateway in a worker thread of its own (./gateway-thread-main.ts): `npm start` runs
 * every subgraph in one process, and a gateway sharing their JS thread waited behind them (issue
 * 15 measured up to 40 % of its throughput lost). Resolves once it listens; a start that fails
 * rejects with the thread's error (its `code` and `port` kept, so EADDRINUSE is explained).
 */
export function startGatewayThread(settings: GatewayThreadSettings): Promise<GatewayThread> {
  const worker = new Worker(require.resolve("./gateway-thread-main.js"), { workerData: settings });
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`The gateway's thread stopped (exit code ${code}) before it listened.`));
    worker.once("error", reject);
    worker.once("exit", onExit);
    worker.once("message", (message: GatewayThreadMessage) => {
      worker.off("exit", onExit);
      worker.off("error", reject);
      if ("failed" in message) {
        void worker.terminate();
        return reject(Object.assign(new Error(message.failed.message), { code: message.failed.code, port: message.failed.port }));
      }
      if (!("listening" in message)) return reject(new Error("The gateway's thread answered before it listened."));
      resolve({ port: message.listening, close: () => closeThread(worker) });
    });
  });
}

/** Asks the thread to close its server (in-flight requests finish), then ends it. */
async function closeThread(worker: Worker): Promise<void> {
  await new Promise<void>((resolve) => {
    worker.once("message", () => resolve());
    worker.once("exit", () => resolve());
    worker.postMessage("close");
  });
  await worker.terminate();
}
