import { ensureDatabase, type Logger } from "@dlhub/subgraph-kit";
import { Redis } from "ioredis";
import { Pool } from "pg";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis } from "rate-limiter-flexible";

/** Where the rate limit's counts live. */
export type RateLimitStoreSettings =
  | { kind: "memory" }
  /** `createDatabase`: the database is made on its server first when missing (the DATABASE_URL case). */
  | { kind: "postgres"; url: string; createDatabase: boolean }
  | { kind: "redis"; url: string };

/** Every gateway copy's counts, in one place, so that N copies together allow the limit once. */
export interface RateLimitStore {
  kind: RateLimitStoreSettings["kind"];
  /** Counts `perMinute` requests a minute per client key. */
  limiter: RateLimiterAbstract;
  close(): Promise<void>;
}

export const RATE_LIMIT_WINDOW_SECONDS = 60;
const TABLE = "gateway_rate_limit";
export const RATE_LIMIT_KEY_PREFIX = "dlhub-gateway";

/**
 * What PostgreSQL answers one of several copies creating the same table at the same moment, though
 * each said IF NOT EXISTS: the table's row type, its name, or a catalog key already taken by the
 * copy that won. The limiter forgives only the last (23505); the others made a worker die at start.
 */
const CREATED_BY_ANOTHER_COPY = new Set(["42710", "42P07", "23505"]);

/** Opens the limiter, opening it again when another copy created its table at the same moment. */
async function openPostgresLimiter(open: () => Promise<RateLimiterPostgres>, attempts = 3): Promise<RateLimiterPostgres> {
  try {
    return await open();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (attempts <= 1 || typeof code !== "string" || !CREATED_BY_ANOTHER_COPY.has(code)) throw error;
    // The winner has committed by now: this time IF NOT EXISTS finds its table.
    return openPostgresLimiter(open, attempts - 1);
  }
}

/**
 * Opens the store the settings name: PostgreSQL (a table of its own in the gateway's database) or
 * Redis, shared by every copy; this process's memory only when neither is configured, with a
 * warning, since copies then each allow the whole limit. Should a shared store fail, each copy
 * counts in its own memory (the limiter's insurance) until it answers again: the limit holds per
 * copy rather than the graph going down with the store.
 */
export async function openRateLimitStore(settings: RateLimitStoreSettings, perMinute: number, logger: Logger): Promise<RateLimitStore> {
  const limits = { points: perMinute, duration: RATE_LIMIT_WINDOW_SECONDS, keyPrefix: RATE_LIMIT_KEY_PREFIX };
  // A client over its limit is refused from this copy's memory until its window ends, so a flood
  // costs the shared store nothing.
  const shared = { ...limits, insuranceLimiter: new RateLimiterMemory(limits), inMemoryBlockOnConsumed: perMinute + 1 };
  switch (settings.kind) {
    case "memory":
      logger.warn("the rate limit is counted in this process only: each copy of the gateway allows the whole limit; set GATEWAY_DATABASE_URL, DATABASE_URL or GATEWAY_RATE_LIMIT_REDIS_URL to share it");
      return { kind: "memory", limiter: new RateLimiterMemory(limits), close: async () => undefined };
    case "postgres": {
      if (settings.createDatabase) await ensureDatabase(settings.url, new URL(settings.url).pathname.slice(1));
      // A slow database answers in time or counts as failed: a request never waits on it for long.
      const pool = new Pool({ connectionString: settings.url, max: 5, connectionTimeoutMillis: 2000, query_timeout: 2000 });
      pool.on("error", (error) => logger.warn({ err: error.message }, "a rate limit database connection broke; the pool opens a new one when needed"));
      try {
        const limiter = await openPostgresLimiter(() => new Promise<RateLimiterPostgres>((resolve, reject) => {
          const created: RateLimiterPostgres = new RateLimiterPostgres({ ...shared, storeClient: pool, storeType: "pool", tableName: TABLE }, (error?: Error) =>
            error ? reject(error) : resolve(created),
          );
        }));
        logger.info("the rate limit is counted in PostgreSQL, shared by every copy of the gateway");
        return { kind: "postgres", limiter, close: () => pool.end() };
      } catch (error) {
        await pool.end();
        throw error;
      }
    }
    case "redis": {
      // Without an offline queue a command fails at once while Redis is away, and the insurance counts.
      const redis = new Redis(settings.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
      redis.on("error", (error: Error) => logger.warn({ err: error.message }, "the rate limit's Redis connection failed; counting in this process until it returns"));
      await redis.connect();
      logger.info("the rate limit is counted in Redis, shared by every copy of the gateway");
      return {
        kind: "redis",
        limiter: new RateLimiterRedis({ ...shared, storeClient: redis, rejectIfRedisNotReady: true }),
        close: async () => {
          await redis.quit().catch(() => redis.disconnect());
        },
      };
    }
  }
}
