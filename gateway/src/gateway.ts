import { ApolloGateway } from "@apollo/gateway";
import { type Logger, type ServiceMetrics } from "@dlhub/subgraph-kit";
import { DepartmentDataSource } from "./department-errors.js";
import { type GatewayIdentity, forwardIdentity } from "./identity.js";
import { RegistrySupergraph, type ServedSupergraph } from "./registry-supergraph.js";
import { SubgraphFetchMetrics, subgraphFetcher } from "./subgraph-fetch.js";

export interface GatewayOptions {
  /** Where the supergraph comes from: a composed SDL (fixed), or the registry (followed as departments publish). */
  supergraph: { sdl: string } | { registryUrl: string; pollIntervalMs?: number };
  /** Routing URL overrides by subgraph name; the supergraph's own URLs are used otherwise. */
  subgraphUrls?: Record<string, string>;
  subgraphTimeoutMs?: number;
  /** Verify callers' tokens and forward their identities to subgraphs; without it every caller is anonymous. */
  identity?: GatewayIdentity;
  logger: Logger;
  /** Where subgraph fetch latency and errors are counted; none when metrics are off. */
  metrics?: ServiceMetrics;
}

/**
 * Sends subgraph requests with Node's own fetch: it keeps connections alive between requests,
 * where the gateway's default client would open one per fetch, and it honours an abort signal,
 * which bounds how long a slow department can hold a request.
 */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}

export interface Gateway {
  gateway: ApolloGateway;
  /** The registry's supergraph version being served; null for a fixed supergraph. */
  served(): ServedSupergraph | null;
}

/** The federated gateway over a composed supergraph or the registry's latest. */
export function createGateway(options: GatewayOptions): Gateway {
  const fetcher = fetchWithTimeout(options.subgraphTimeoutMs ?? 10_000);
  const fetches = options.metrics ? new SubgraphFetchMetrics(options.metrics) : undefined;
  const registry =
    "registryUrl" in options.supergraph
      ? new RegistrySupergraph({
          registryUrl: options.supergraph.registryUrl,
          pollIntervalMs: options.supergraph.pollIntervalMs ?? 1000,
          logger: options.logger,
        })
      : null;
  // Unless told otherwise, @apollo/gateway starts exporting usage metrics to Apollo's servers
  // and probes cloud providers' metadata addresses as it is constructed. The City's gateway sends
  // nothing off its machine that it was not configured to send.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const gateway = new ApolloGateway({
    supergraphSdl: registry ?? ("sdl" in options.supergraph ? options.supergraph.sdl : ""),
    logger: options.logger,
    buildService: ({ name, url }) =>
      new DepartmentDataSource(name, options.logger, {
        url: options.subgraphUrls?.[name] ?? url,
        willSendRequest: forwardIdentity,
        // The gateway's fetcher type is node-fetch's; Node's fetch is call-compatible.
        fetcher: subgraphFetcher(name, fetcher, fetches) as never,
      }),
  });
  return { gateway, served: () => registry?.current ?? null };
}
