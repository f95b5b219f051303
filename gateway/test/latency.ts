import { performance } from "node:perf_hooks";
import { sendHttp } from "@dlhub/subgraph-kit/testing";
import { type Summary, summarize } from "../../services/local-hub/src/bench/measure";

/**
 * Median (and more) latency of the same requests sent to several gateways, for what a layer
 * costs: each round sends request i to every variant in turn, one request at a time, so drift
 * on a busy machine (a compaction, another test) falls on every variant alike. `query(i)` may
 * return the same text each time, or vary it to defeat the validated-document cache.
 */
export async function compareLatency(
  variants: Record<string, { url: string; headers?: Record<string, string> }>,
  query: (i: number) => string,
  options: { requests: number; warmUp: number },
): Promise<Record<string, Summary>> {
  const latencies: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  const started = performance.now();
  for (let i = -options.warmUp; i < options.requests; i++) {
    for (const [name, { url, headers }] of Object.entries(variants)) {
      const sent = performance.now();
      const response = await sendHttp(url, { headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: query(i) }) });
      if (response.status !== 200 || response.errors) throw new Error(`${name} answered ${response.status}: ${JSON.stringify(response.errors)}`);
      if (i >= 0) latencies[name].push(performance.now() - sent);
    }
  }
  const elapsed = performance.now() - started;
  return Object.fromEntries(Object.entries(latencies).map(([name, samples]) => [name, summarize(samples, elapsed)]));
}

/** A small table of medians and 90th percentiles, in milliseconds. */
export function latencyTable(title: string, results: Record<string, Summary>): string {
  const width = Math.max(...Object.keys(results).map((name) => name.length));
  const rows = Object.entries(results).map(([name, s]) => `  ${name.padEnd(width)}  median ${s.medianMs.toFixed(2)} ms   p90 ${s.p90Ms.toFixed(2)} ms   (${s.requests} requests)`);
  return [title, ...rows].join("\n");
}
