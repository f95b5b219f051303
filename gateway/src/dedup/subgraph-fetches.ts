import { type ServiceMetrics } from "@dlhub/subgraph-kit";
import { type SubgraphFetch, type SubgraphRequestInit } from "../subgraph-http.js";
import { InFlight } from "./in-flight.js";

/**
 * The gateway's data sources send `{"query":"<operation>", …}`; the query planner writes an
 * operation as `query …` or `{ … }`. Anything else (a mutation, a subscription, a body some other
 * code wrote) is never shared: an unknown body is sent as it is.
 */
const QUERY_BODY = /^\{"query":"(query[^A-Za-z0-9_]|\{)/;

/**
 * Counts, per subgraph, the fetches that shared another's HTTP request; one per gateway, since
 * each subgraph's data source is built (and rebuilt with each supergraph) separately.
 */
export class SubgraphFetchDeduplication {
  private readonly shared;

  /** `generation`: a subgraph's data generation (the response cache's); fetches of different generations are never shared. */
  constructor(
    metrics?: ServiceMetrics,
    private readonly generation?: (subgraph: string) => number,
  ) {
    this.shared = metrics?.counter({
      name: "dlhub_subgraph_fetches_deduplicated_total",
      help: "Subgraph fetches answered by an identical fetch already in flight, instead of a request of their own, by subgraph.",
      labelNames: ["subgraph"] as const,
    });
  }

  /**
   * `fetcher`, with identical query fetches to `subgraph` sharing one HTTP request while it is in
   * flight: same URL, same headers (the forwarded identity among them), same body. The window is
   * the request's own time in flight; an answer is never kept after it arrives. Every caller gets
   * the same answer object: it holds the body read whole and parses it anew for each reader
   * (subgraph-http.ts), so no caller sees another's result objects.
   */
  deduplicate(subgraph: string, fetcher: SubgraphFetch): SubgraphFetch {
    const running = new InFlight<Awaited<ReturnType<SubgraphFetch>>>();
    return async (url, init) => {
      const request = fetchKey(url, init);
      if (request === null) return fetcher(url, init);
      const key = this.generation ? `${this.generation(subgraph)}\n${request}` : request;
      const fetching = running.run(key, () => fetcher(url, init));
      if (fetching.shared) this.shared?.inc({ subgraph });
      return fetching.result;
    };
  }
}

/** The request in full, or null when it is not a query the gateway's data source sent. */
export function fetchKey(url: string, init: SubgraphRequestInit | undefined): string | null {
  if (!init || (init.method ?? "GET").toUpperCase() !== "POST") return null;
  if (typeof init.body !== "string" || !QUERY_BODY.test(init.body)) return null;
  // Headers iterate lowercased and sorted, so the same headers make the same key however they were given.
  return `${url}\n${JSON.stringify([...new Headers(init.headers)])}\n${init.body}`;
}
