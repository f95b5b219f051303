import { type AddressInfo } from "node:net";
import { type Server, createServer } from "node:http";
import { type IdentityVerifier } from "../identity/index.js";
import { openRegistryDatabase } from "./data-source.js";
import { type FeedProbe } from "./feed-probe.js";
import { createRegistryApp } from "./http.js";
import { Registry } from "./registry.js";

export interface RegistryServiceOptions {
  databaseUrl: string;
  /** 0 asks the operating system for a free port (tests do). */
  port: number;
  /** Defaults to 127.0.0.1; main.ts passes REGISTRY_HOST (0.0.0.0 in containers). */
  host?: string;
  verifier: IdentityVerifier;
  probeFeed?: FeedProbe;
  onError?: (error: unknown) => void;
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
  const dataSource = await openRegistryDatabase(options.databaseUrl);
  try {
    const registry = new Registry(dataSource, { probeFeed: options.probeFeed });
    const server = createServer(createRegistryApp({ registry, verifier: options.verifier, onError: options.onError }));
    const host = options.host ?? "127.0.0.1";
    const port = await listen(server, options.port, host);
    // A wildcard address is where the server listens, not where a client can reach it.
    const reachable = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
    return {
      url: `http://${reachable}:${port}`,
      port,
      registry,
      close: async () => {
        await new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeIdleConnections();
        });
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
