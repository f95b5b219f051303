import { createIdentityVerifier } from "@dlhub/schema";
import { type Logger } from "@dlhub/subgraph-kit";
import { type GatewayEnv } from "./env.js";
import { type GatewayOptions } from "./gateway.js";
import { type RateLimitStore } from "./rate-limit-store.js";
import { type createGatewayServer } from "./server.js";

/**
 * The gateway server's options from its settings, the same for the gateway in one process and
 * for each worker of a gateway on every core; only where the supergraph and the rate limit's
 * counts come from differ between the two.
 */
export function gatewayServerSettings(
  env: GatewayEnv,
  parts: { supergraph: GatewayOptions["supergraph"]; rateLimitStore: RateLimitStore; logger: Logger },
): Parameters<typeof createGatewayServer>[0] {
  return {
    supergraph: parts.supergraph,
    subgraphUrls: env.subgraphUrls,
    subgraphTimeoutMs: env.subgraphTimeoutMs,
    rateLimitPerMinute: env.rateLimitPerMinute,
    rateLimitStore: parts.rateLimitStore,
    trustedProxies: env.trustedProxies,
    introspection: env.introspection,
    identity: env.identity ? { verifier: createIdentityVerifier(env.identity.token), forwardingSecret: env.identity.forwardingSecret } : undefined,
    console: env.console,
    trustedDocuments: env.trustedDocuments,
    usage: env.usage ?? undefined,
    deduplication: env.deduplication,
    responseCache: env.responseCache,
    logger: parts.logger,
  };
}
