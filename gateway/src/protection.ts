import { type ApolloServerOptions, type BaseContext } from "@apollo/server";
import { type Logger, type SharedServerOptions } from "@dlhub/subgraph-kit";
import { type IdentityVerifier, bearerToken } from "@dlhub/schema";
import { type Express, type Request } from "express";
import { DEFAULT_QUERY_LIMITS, type QueryLimits, labelLimitErrors, queryLimitOptions } from "./limits.js";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { operationResolution } from "./operation-resolution.js";
import { addressKey, rateLimit } from "./rate-limit.js";
import { type RateLimitStore } from "./rate-limit-store.js";

/** How the gateway defends itself and the departments behind it. */
export interface GatewayProtection {
  /** Limits on each operation (default DEFAULT_QUERY_LIMITS); `false` turns them off, to measure what they cost. */
  limits?: Partial<QueryLimits> | false;
  /** Answer introspection queries; by default only when NODE_ENV is not `production` (Apollo's rule). */
  introspection?: boolean;
  /**
   * Requests per minute per client. Unset or `false`: no rate limit, as for the local hub and
   * tests in one process; the gateway's `main` sets GATEWAY_RATE_LIMIT_PER_MINUTE (default 600).
   */
  rateLimitPerMinute?: number | false;
  /**
   * Where the rate limit counts (openRateLimitStore): PostgreSQL or Redis, shared by every copy of
   * the gateway. Unset: this process's memory, as for the local hub and tests in one process.
   */
  rateLimitStore?: RateLimitStore;
  /**
   * The proxies in front of the gateway whose `X-Forwarded-For` names the client (Express's `trust
   * proxy`): how many hops, or their addresses and CIDR ranges. Unset: none, the socket's address
   * counts; behind a load balancer every anonymous caller would then share the balancer's.
   */
  trustedProxies?: TrustedProxies;
}

export type TrustedProxies = number | string[];

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

type GatewayServerOptions = Omit<ApolloServerOptions<BaseContext>, "gateway" | "schema" | "typeDefs" | "resolvers">;

/**
 * Apollo Server's options for the gateway: the shared ones plus the operation limits, a 400 for an
 * operation that cannot be chosen (./operation-resolution.ts), CSRF
 * prevention (a browser cannot send a cross-site "simple" request, while JSON POSTs such as the
 * explorer's pass) and introspection as configured.
 */
export function gatewayServerOptions(shared: SharedServerOptions<BaseContext>, protection: GatewayProtection): GatewayServerOptions {
  const limits = protection.limits === false ? null : queryLimitOptions({ ...DEFAULT_QUERY_LIMITS, ...protection.limits });
  return {
    ...shared,
    plugins: [...shared.plugins, operationResolution(), ...(limits?.plugins ?? [])],
    validationRules: [...shared.validationRules, ...(limits?.validationRules ?? [])],
    parseOptions: limits?.parseOptions ?? {},
    formatError: (formatted, original) => shared.formatError(labelLimitErrors(formatted, original), original),
    csrfPrevention: true,
    introspection: protection.introspection,
  };
}

/**
 * Rate limiting in front of POST /graphql, before the body is even read. With identities on, a
 * client is the subject its token proves; a token that proves nothing counts against the
 * caller's address, so minting random tokens does not buy fresh buckets.
 */
export function mountRateLimit(app: Express, protection: GatewayProtection & { logger?: Logger }, verifier?: IdentityVerifier): void {
  // Decides `request.ip`, the address an anonymous caller is counted by.
  if (protection.trustedProxies !== undefined) app.set("trust proxy", protection.trustedProxies);
  if (!protection.rateLimitPerMinute) return;
  const limiter = protection.rateLimitStore?.limiter ?? new RateLimiterMemory({ points: protection.rateLimitPerMinute, duration: 60 });
  app.use("/graphql", rateLimit({ limiter, clientKey: verifier ? identityClientKey(verifier) : undefined, logger: protection.logger }));
}

/** The subject a request's token proves, else its address. */
export function identityClientKey(verifier: IdentityVerifier): (request: Request) => Promise<string> {
  return async (request) => {
    const token = bearerToken(request.headers.authorization);
    if (!token) return addressKey(request);
    try {
      return `subject:${(await verifier.verify(token)).subject}`;
    } catch {
      return addressKey(request);
    }
  };
}
