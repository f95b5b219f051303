import { createHash } from "node:crypto";
import { ErrorCode, httpStatusOf } from "@dlhub/schema";
import { type Logger } from "@dlhub/subgraph-kit";
import { type Request, type RequestHandler } from "express";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimitOptions {
  /**
   * Counts each client's requests: `points` a `duration` of seconds (a minute). The store behind
   * it (rate-limit-store.ts) decides whether gateway copies share the counts.
   */
  limiter: RateLimiterAbstract;
  /** Which client a request comes from; by default its bearer token's hash, else its address. */
  clientKey?: (request: Request) => string | Promise<string>;
  logger?: Logger;
}

/**
 * At most `points` requests per client in each window of `duration` seconds; a client over it gets
 * HTTP 429 with RATE_LIMITED and `Retry-After`, the seconds until its window ends.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  const { limiter } = options;
  const perMinute = Math.round((limiter.points * 60) / limiter.duration);
  const clientKey = options.clientKey ?? defaultClientKey;
  return async (request, response, next) => {
    const key = storedKey(await clientKey(request));
    let refusal: RateLimiterRes;
    try {
      await limiter.consume(key);
      next();
      return;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        // The store failed and so did its in-memory insurance: serving beats refusing everyone.
        options.logger?.error({ err: rejection instanceof Error ? rejection.message : String(rejection) }, "the rate limit could not count a request; letting it through");
        next();
        return;
      }
      refusal = rejection;
    }
    const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    response
      .status(httpStatusOf(ErrorCode.RATE_LIMITED))
      .set("Retry-After", String(retryAfterSeconds))
      .json({
        errors: [
          {
            message: `Too many requests: at most ${perMinute} a minute. Retry in ${retryAfterSeconds} s.`,
            extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
          },
        ],
      });
  };
}

/** Stores limit their keys' length (PostgreSQL's column holds 255): a long subject is kept as its hash. */
const storedKey = (key: string) => (key.length <= 200 ? key : `hash:${createHash("sha256").update(key).digest("base64url")}`);

/**
 * The bearer token identifies a client better than its address (many City staff share one
 * address behind a proxy); only a hash is kept, so the store never holds a usable token.
 */
export function defaultClientKey(request: Request): string {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
  if (match) return `token:${createHash("sha256").update(match[1]).digest("base64url")}`;
  return addressKey(request);
}

/** The client's address: the socket's, or as the trusted proxies report it (GATEWAY_TRUSTED_PROXIES). */
export const addressKey = (request: Request) => `address:${request.ip ?? request.socket.remoteAddress ?? "unknown"}`;
