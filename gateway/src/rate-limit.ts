import { createHash } from "node:crypto";
import { ErrorCode, httpStatusOf } from "@dlhub/schema";
import { type Request, type RequestHandler } from "express";

export interface RateLimitOptions {
  /** Requests each client may make per minute on average; also the largest burst. */
  perMinute: number;
  /** Which client a request comes from; by default its bearer token's hash, else its address. */
  clientKey?: (request: Request) => string | Promise<string>;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per client: each holds up to `perMinute` tokens, refilled continuously at
 * `perMinute` a minute; a request takes one, and a client with none left gets HTTP 429 with
 * RATE_LIMITED and `Retry-After`. Buckets that have refilled completely are forgotten, so the
 * table only holds clients active in the last minute.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  const capacity = options.perMinute;
  const perMs = options.perMinute / 60_000;
  const now = options.now ?? Date.now;
  const clientKey = options.clientKey ?? defaultClientKey;
  const buckets = new Map<string, Bucket>();
  let sweptAt = now();

  const sweep = (at: number) => {
    for (const [key, bucket] of buckets) if (bucket.tokens + (at - bucket.updatedAt) * perMs >= capacity) buckets.delete(key);
    sweptAt = at;
  };

  return async (request, response, next) => {
    const key = await clientKey(request);
    const at = now();
    // Once a minute, or every second while a flood of new clients fills the table.
    if (at - sweptAt > 60_000 || (buckets.size > 10_000 && at - sweptAt > 1000)) sweep(at);
    const bucket = buckets.get(key) ?? { tokens: capacity, updatedAt: at };
    bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      next();
      return;
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    response
      .status(httpStatusOf(ErrorCode.RATE_LIMITED))
      .set("Retry-After", String(retryAfterSeconds))
      .json({
        errors: [
          {
            message: `Too many requests: at most ${options.perMinute} a minute. Retry in ${retryAfterSeconds} s.`,
            extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
          },
        ],
      });
  };
}

/**
 * The bearer token identifies a client better than its address (many City staff share one
 * address behind a proxy); only a hash is kept, so the table never holds a usable token.
 */
export function defaultClientKey(request: Request): string {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
  if (match) return `token:${createHash("sha256").update(match[1]).digest("base64url")}`;
  return addressKey(request);
}

export const addressKey = (request: Request) => `address:${request.ip ?? request.socket.remoteAddress ?? "unknown"}`;
