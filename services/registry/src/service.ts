import { createServer } from "node:http";
import { type IdentityVerifier } from "@dlhub/schema";
import { closeServer, listenOn, observePool, reachableHost, serviceMetrics } from "@dlhub/subgraph-kit";
import { openRegistryDatabase } from "./data-source.js";
import { type FeedProbe } from "./feed-probe.js";
import { createRegistryApp } from "./http.js";
import { Registry } from "./registry.js";
import { DEFAULT_DELIVERY_SETTINGS, type DeliverySettings, WebhookDispatcher } from "./webhooks/dispatcher.js";

export interface RegistryServiceOptions {
  databaseUrl: string;
  /** 0 asks the operating system for a free port (tests do). */
  port: number;
  /** Defaults to 127.0.0.1; main.ts passes REGISTRY_HOST (0.0.0.0 in containers). */
  host?: string;
  verifier: IdentityVerifier;
  probeFeed?: FeedProbe;
  /** Usage window and clock (RegistryOptions); tests move the clock past the window. */
  usageWindowDays?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
  /** How webhook deliveries are retried and timed out; tests shorten the delays. */
  webhooks?: Partial<DeliverySettings>;
}

export interface RegistryService {
  /** The base URL, e.g. `http://127.0.0.1:4006`. */
  url: string;
  port: number;
  registry: Registry;
  /** Stops listening, lets requests in flight finish, then closes the database pool. */
  close(): Promise<void>;
}

/** Migrates the registry's database, then serves the registry over HTTP. */
export async function startRegistry(options: RegistryServiceOptions): Promise<RegistryService> {
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const { dataSource } = await openRegistryDatabase(options.databaseUrl, onError);
  try {
    const registry = new Registry(dataSource, { probeFeed: options.probeFeed, usageWindowDays: options.usageWindowDays, now: options.now });
    const metrics = serviceMetrics("registry");
    if (metrics) observePool(metrics, dataSource);
    const server = createServer(createRegistryApp({ registry, verifier: options.verifier, onError, metrics }));
    const dispatcher = new WebhookDispatcher(dataSource, { ...DEFAULT_DELIVERY_SETTINGS, ...options.webhooks }, onError);
    const host = options.host ?? "127.0.0.1";
    const port = await listenOn(server, options.port, host);
    dispatcher.start();
    return {
      url: `http://${reachableHost(host)}:${port}`,
      port,
      registry,
      close: async () => {
        await closeServer(server);
        await dispatcher.stop();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
