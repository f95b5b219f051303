import { performance } from "node:perf_hooks";
import { type ServiceMetrics, tracingStarted, withTraceContext } from "@dlhub/subgraph-kit";
import { type SubgraphFetch, type SubgraphHttpResponse } from "./subgraph-http.js";

/** How long each department takes to answer the gateway, and how often it does not. */
export class SubgraphFetchMetrics {
  private readonly duration;
  private readonly errors;

  constructor(metrics: ServiceMetrics) {
    this.duration = metrics.histogram({
      name: "dlhub_subgraph_fetch_duration_seconds",
      help: "Time from the gateway's request to a subgraph to its answer (or failure), by subgraph.",
      labelNames: ["subgraph"] as const,
    });
    this.errors = metrics.counter({
      name: "dlhub_subgraph_fetch_errors_total",
      help: "Subgraph fetches that failed, by subgraph and reason: timeout, unreachable, or http_<status> for an HTTP error status.",
      labelNames: ["subgraph", "reason"] as const,
    });
  }

  /** Times `fetching`, counting a thrown error or an HTTP error status against `subgraph`. */
  async measure(subgraph: string, fetching: () => Promise<SubgraphHttpResponse>): Promise<SubgraphHttpResponse> {
    const started = performance.now();
    try {
      const response = await fetching();
      if (response.status >= 400) this.errors.inc({ subgraph, reason: `http_${response.status}` });
      return response;
    } catch (error) {
      const name = (error as { name?: string }).name;
      this.errors.inc({ subgraph, reason: name === "TimeoutError" || name === "AbortError" ? "timeout" : "unreachable" });
      throw error;
    } finally {
      this.duration.observe({ subgraph }, (performance.now() - started) / 1000);
    }
  }
}

/**
 * The fetcher of one subgraph's data source: each request carries the trace context of the
 * gateway's `gateway.fetch` span (active while the data source sends), so the department's spans
 * join the coordinator's trace; and it is measured when metrics are on.
 */
export function subgraphFetcher(subgraph: string, fetcher: SubgraphFetch, metrics?: SubgraphFetchMetrics): SubgraphFetch {
  const traced: SubgraphFetch = tracingStarted() ? (input, init) => fetcher(input, { ...init, headers: withTraceContext(init?.headers) }) : fetcher;
  return metrics ? (input, init) => metrics.measure(subgraph, () => traced(input, init)) : traced;
}
