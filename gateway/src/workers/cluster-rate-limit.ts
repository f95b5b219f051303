import { type Logger, ensureDatabase } from "@dlhub/subgraph-kit";
import { RateLimiterCluster, RateLimiterClusterMaster, RateLimiterMemory } from "rate-limiter-flexible";
import { RATE_LIMIT_KEY_PREFIX, RATE_LIMIT_WINDOW_SECONDS, type RateLimitStore, type RateLimitStoreSettings, openRateLimitStore } from "../rate-limit-store.js";

/*
 * Without PostgreSQL or Redis the rate limit is counted in memory. Counted in each worker's
 * memory, N workers would allow N times the limit, depending on which worker each connection
 * reached; so a gateway on every core counts in the primary's memory instead (rate-limiter-
 * flexible's cluster limiter, over IPC), and its workers allow the limit once together.
 */

/**
 * In the primary, before the workers start: holds the counts their cluster limiters ask about when
 * the store is memory; makes the gateway's database once when it is to be made (workers making it
 * together would race, and all but one fail to start).
 */
export async function prepareRateLimitInPrimary(settings: RateLimitStoreSettings, workers: number, logger: Logger): Promise<void> {
  if (settings.kind === "postgres" && settings.createDatabase) await ensureDatabase(settings.url, new URL(settings.url).pathname.slice(1));
  if (settings.kind !== "memory") return;
  new RateLimiterClusterMaster();
  logger.warn(
    { workers },
    "the rate limit is counted in this gateway's primary, shared by its workers only: each copy of the gateway allows the whole limit; set GATEWAY_DATABASE_URL, DATABASE_URL or GATEWAY_RATE_LIMIT_REDIS_URL to share it",
  );
}

/** In a worker: the primary's counts for the memory store; PostgreSQL and Redis are shared already. */
export async function openWorkerRateLimitStore(settings: RateLimitStoreSettings, perMinute: number, logger: Logger): Promise<RateLimitStore> {
  if (settings.kind === "postgres") return openRateLimitStore({ ...settings, createDatabase: false }, perMinute, logger);
  if (settings.kind !== "memory") return openRateLimitStore(settings, perMinute, logger);
  const limits = { points: perMinute, duration: RATE_LIMIT_WINDOW_SECONDS, keyPrefix: RATE_LIMIT_KEY_PREFIX };
  // Should the primary not answer in time, this worker counts alone rather than failing the request.
  const limiter = new RateLimiterCluster({ ...limits, timeoutMs: 1000, insuranceLimiter: new RateLimiterMemory(limits) });
  return { kind: "memory", limiter, close: async () => undefined };
}
