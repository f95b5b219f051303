import { ApolloGateway } from "@apollo/gateway";
import { type Logger, type ServiceMetrics } from "@dlhub/subgraph-kit";
import { type DeduplicationSettings, SubgraphFetchDeduplication } from "./dedup/index.js";
import { DepartmentDataSource } from "./department-errors.js";
import { type GatewayIdentity, forwardIdentity } from "./identity.js";
import { RegistrySupergraph, type ServedSupergraph, type SupergraphFollower } from "./registry-supergraph.js";
import { type DataVersions, subgraphUsed } from "./response-cache/index.js";
import { SubgraphFetchMetrics, subgraphFetcher } from "./subgraph-fetch.js";
import { subgraphHttpFetch } from "./subgraph-http.js";

export interface GatewayOptions {
  /** Where the supergraph comes from: a composed SDL (fixed), or the registry (followed as departments publish). */
  supergraph: { sdl: string } | { registryUrl: string; pollIntervalMs?: number; follower?: SupergraphFollower };
  /** Routing URL overrides by subgraph name; the supergraph's own URLs are used otherwise. */
  subgraphUrls?: Record<string, string>;
  subgraphTimeoutMs?: number;
  /** Verify callers' tokens and forward their identities to subgraphs; without it every caller is anonymous. */
  identity?: GatewayIdentity;
  logger: Logger;
  /** Where subgraph fetch latency and errors are counted; none when metrics are off. */
  metrics?: ServiceMetrics;
  /** What in-flight work is shared (./dedup); everything unless turned off. */
  deduplication?: DeduplicationSettings;
  /** The subgraphs' data versions, followed for the response cache (./response-cache); none without one. */
  dataVersions?: DataVersions;
}

export interface Gateway {
  gateway: ApolloGateway;
  /** The registry's supergraph version being served; null for a fixed supergraph. */
  served(): ServedSupergraph | null;
}

/** The federated gateway over a composed supergraph or the registry's latest. */
export function createGateway(options: GatewayOptions): Gateway {
  const fetcher = subgraphHttpFetch(options.subgraphTimeoutMs ?? 10_000);
  const fetches = options.metrics ? new SubgraphFetchMetrics(options.metrics) : undefined;
  const sharing = options.deduplication?.subgraphFetches === false ? null : new SubgraphFetchDeduplication(options.metrics, generationOf(options.dataVersions));
  // A worker of a gateway on every core is given its follower: the primary polls the registry for all of them.
  const registry =
    "registryUrl" in options.supergraph
      ? options.supergraph.follower ?? new RegistrySupergraph({
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
    buildService: ({ name, url }) => {
      // Outermost, so a shared fetch is measured and traced once, as the one request it is.
      const measured = subgraphFetcher(name, fetcher, fetches);
      const routingUrl = options.subgraphUrls?.[name] ?? url;
      if (routingUrl) options.dataVersions?.follow(name, routingUrl);
      return new DepartmentDataSource(name, options.logger, {
        url: routingUrl,
        willSendRequest: (request) => {
          forwardIdentity(request);
          if ("incomingRequestContext" in request) subgraphUsed(request.context, name);
        },
        // The gateway's fetcher type is node-fetch's; ours answers the calls its data source makes (subgraph-http.ts).
        fetcher: (sharing ? sharing.deduplicate(name, measured) : measured) as never,
      });
    },
  });
  return { gateway, served: () => registry?.current ?? null };
}

const generationOf = (versions: DataVersions | undefined) => (versions ? (subgraph: string) => versions.generation(subgraph) : undefined);
