import { performance } from "node:perf_hooks";

/** Latencies of one run in milliseconds, and how many requests per second it managed. */
export interface Summary {
  requests: number;
  minMs: number;
  medianMs: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  perSecond: number;
}

/**
 * The nearest-rank percentile of ascending `sorted`: the smallest sample that at least `p` percent
 * of the samples are less than or equal to. It always returns a latency that was measured, never an
 * interpolation between two, which is what a reader of "p99 = 12 ms" expects.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("percentile of no samples");
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  // p × n before dividing: (7 / 100) × 100 is 7.000000000000001 in floating point, a rank too far.
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[rank - 1];
}

export function summarize(latenciesMs: readonly number[], elapsedMs: number): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    minMs: sorted[0],
    medianMs: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1],
    perSecond: elapsedMs > 0 ? (sorted.length * 1000) / elapsedMs : 0,
  };
}

export interface SequentialRun {
  latenciesMs: number[];
  /** `counter()` growth during each request, e.g. the SQL statements it caused. */
  counts: number[];
  elapsedMs: number;
}

/**
 * Sends `send` one request after the other until `requests` are done or `maxMs` has passed (a
 * slow machine then reports fewer requests rather than running for ever).
 */
export async function runSequential(
  send: () => Promise<void>,
  limits: { requests: number; maxMs: number },
  counter: () => number = () => 0,
): Promise<SequentialRun> {
  const latenciesMs: number[] = [];
  const counts: number[] = [];
  const started = performance.now();
  while (latenciesMs.length < limits.requests && performance.now() - started < limits.maxMs) {
    const before = counter();
    const sent = performance.now();
    await send();
    latenciesMs.push(performance.now() - sent);
    counts.push(counter() - before);
  }
  return { latenciesMs, counts, elapsedMs: performance.now() - started };
}

/** `clients` loops each sending `send` back to back for `durationMs`. */
export async function runConcurrent(
  send: () => Promise<void>,
  clients: number,
  durationMs: number,
): Promise<{ latenciesMs: number[]; elapsedMs: number }> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  const client = async () => {
    while (performance.now() - started < durationMs) {
      const sent = performance.now();
      await send();
      latenciesMs.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { latenciesMs, elapsedMs: performance.now() - started };
}
