import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { type Logger } from "@dlhub/subgraph-kit";

export interface GatewayOptions {
  supergraphSdl: string;
  /** Routing URL overrides by subgraph name; the supergraph's own URLs are used otherwise. */
  subgraphUrls?: Record<string, string>;
  subgraphTimeoutMs?: number;
  logger: Logger;
}

/**
 * Sends subgraph requests with Node's own fetch: it keeps connections alive between requests,
 * where the gateway's default client would open one per fetch, and it honours an abort signal,
 * which bounds how long a slow department can hold a request.
 */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}

/** The federated gateway over a composed supergraph. */
export function createGateway(options: GatewayOptions): ApolloGateway {
  const fetcher = fetchWithTimeout(options.subgraphTimeoutMs ?? 10_000);
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.logger,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: options.subgraphUrls?.[name] ?? url,
        // The gateway's fetcher type is node-fetch's; Node's fetch is call-compatible.
        fetcher: fetcher as never,
      }),
  });
}
