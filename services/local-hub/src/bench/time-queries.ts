import { performance } from "node:perf_hooks";
import { type LocalHub } from "../local-hub.js";
import { BenchRequestError, postQuery } from "./graphql-client.js";
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

/** A query that failed at this size (a request answered an error): reported, and the run goes on. */
export interface FailedQuery {
  label: string;
  failure: string;
}

/**
 * Times one query sent back to back through the gateway, after a warm-up that lets the gateway
 * cache its query plan and the database its pages. Requests go one at a time, so every SQL
 * statement counted during a request was sent for it (background sync is not counted).
 */
export async function timeQuery(hub: LocalHub, query: BenchQuery, limits: SequentialLimits): Promise<QueryTiming | FailedQuery> {
  let rows = 0;
  let sent = performance.now();
  const send = async () => {
    sent = performance.now();
    rows = query.rows(await postQuery<Record<string, unknown>>(hub.gatewayUrl, query.query));
  };
  try {
    for (let i = 0; i < limits.warmUp; i += 1) await send();
    const run = await runSequential(send, limits, () => hub.statements());
    const statements = run.counts.reduce((sum, n) => sum + n, 0);
    return {
      label: query.label,
      rows,
      summary: summarize(run.latenciesMs, run.elapsedMs),
      statements: { mean: statements / run.counts.length, min: Math.min(...run.counts), max: Math.max(...run.counts) },
    };
  } catch (error) {
    // A query too slow for the gateway's subgraph timeout at this size is a finding, not the end of the run.
    if (!(error instanceof BenchRequestError)) throw error;
    const seconds = ((performance.now() - sent) / 1000).toFixed(1);
    return { label: query.label, failure: `${error.message.split("\n")[0]} (that request took ${seconds} s)` };
  }
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
