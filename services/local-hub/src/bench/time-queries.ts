import { type LocalHub } from "../local-hub.js";
import { postQuery } from "./graphql-client.js";
import { type Summary, runConcurrent, runSequential, summarize } from "./measure.js";
import { type BenchQuery } from "./queries.js";

export interface SequentialLimits {
  warmUp: number;
  requests: number;
  /** Upper bound on one query's timed run, so a slow machine still finishes. */
  maxMs: number;
}

export interface QueryTiming {
  label: string;
  rows: number;
  summary: Summary;
  /** SQL statements per request: the mean, and the least and most any one request sent. */
  statements: { mean: number; min: number; max: number };
}

/**
 * Times one query sent back to back through the gateway, after a warm-up that lets the gateway
 * cache its query plan and the database its pages. Requests go one at a time, so every SQL
 * statement counted during a request was sent for it (background sync is not counted).
 */
export async function timeQuery(hub: LocalHub, query: BenchQuery, limits: SequentialLimits): Promise<QueryTiming> {
  let rows = 0;
  const send = async () => {
    rows = query.rows(await postQuery<Record<string, unknown>>(hub.gatewayUrl, query.query));
  };
  for (let i = 0; i < limits.warmUp; i += 1) await send();
  const run = await runSequential(send, limits, () => hub.statements());
  const statements = run.counts.reduce((sum, n) => sum + n, 0);
  return {
    label: query.label,
    rows,
    summary: summarize(run.latenciesMs, run.elapsedMs),
    statements: { mean: statements / run.counts.length, min: Math.min(...run.counts), max: Math.max(...run.counts) },
  };
}

export interface ConcurrentTiming {
  label: string;
  clients: number;
  durationMs: number;
  summary: Summary;
}

/** `clients` clients each sending the query back to back for `durationMs`, after a warm-up. */
export async function timeConcurrent(
  hub: LocalHub,
  query: BenchQuery,
  options: { clients: number; durationMs: number; warmUp: number },
): Promise<ConcurrentTiming> {
  const send = async () => {
    await postQuery(hub.gatewayUrl, query.query);
  };
  for (let i = 0; i < options.warmUp; i += 1) await send();
  const run = await runConcurrent(send, options.clients, options.durationMs);
  return { label: query.label, clients: options.clients, durationMs: options.durationMs, summary: summarize(run.latenciesMs, run.elapsedMs) };
}
