import { type ServiceMetrics } from "@dlhub/subgraph-kit";
import { type GraphQLSchema } from "graphql";
import { LRUCache } from "lru-cache";

interface Answer<Result> {
  result: Result;
  /** The supergraph it was planned on: an answer is never given for a request validated against another. */
  schema: GraphQLSchema;
  /** The subgraphs it was read from, whose data moving drops it. */
  subgraphs: string[];
}

/**
 * Kept answers by key, at most `maxBytes` of them (least recently used go first), each indexed by
 * the subgraphs it used so a subgraph's change drops exactly the answers that read it.
 */
export class Answers<Result extends object> {
  private readonly cache: LRUCache<string, Answer<Result>>;
  private readonly bySubgraph = new Map<string, Set<string>>();
  private readonly counts;

  /** `maxAgeMs`: how long an answer is kept at most, for what no data version says (heartbeat times). */
  constructor(maxBytes: number, maxAgeMs: number, metrics?: ServiceMetrics) {
    this.counts = {
      hits: metrics?.counter({ name: "dlhub_gateway_response_cache_hits_total", help: "Queries answered from the response cache." }),
      misses: metrics?.counter({ name: "dlhub_gateway_response_cache_misses_total", help: "Cacheable queries executed because no kept answer held." }),
      evictions: metrics?.counter({ name: "dlhub_gateway_response_cache_evictions_total", help: "Kept answers dropped to stay within the cache's memory." }),
      invalidations: metrics?.counter({
        name: "dlhub_gateway_response_cache_invalidations_total",
        help: "Kept answers dropped because data they read changed, or the supergraph did.",
      }),
    };
    this.cache = new LRUCache<string, Answer<Result>>({
      maxSize: maxBytes,
      ttl: maxAgeMs,
      // Only checked when read: an expired answer is never given, and no timer runs per entry.
      ttlAutopurge: false,
      sizeCalculation: (answer, key) => Math.max(1, key.length + JSON.stringify(answer.result).length),
      dispose: (answer, key, reason) => {
        for (const subgraph of answer.subgraphs) this.bySubgraph.get(subgraph)?.delete(key);
        if (reason === "evict") this.counts.evictions?.inc();
      },
    });
    // Read as the metrics are scraped, not kept up to date on every change.
    const cache = this.cache;
    metrics?.gauge({
      name: "dlhub_gateway_response_cache_bytes",
      help: "The estimated size of the kept answers (their JSON), within GATEWAY_RESPONSE_CACHE_MB.",
      collect() {
        this.set(cache.calculatedSize);
      },
    });
    metrics?.gauge({
      name: "dlhub_gateway_response_cache_entries",
      help: "Kept answers.",
      collect() {
        this.set(cache.size);
      },
    });
  }

  get(key: string, schema: GraphQLSchema): Result | undefined {
    const answer = this.cache.get(key);
    if (answer?.schema === schema) {
      this.counts.hits?.inc();
      return answer.result;
    }
    this.counts.misses?.inc();
    return undefined;
  }

  set(key: string, schema: GraphQLSchema, result: Result, subgraphs: Iterable<string>): void {
    const answer = { result, schema, subgraphs: [...subgraphs] };
    this.cache.set(key, answer);
    // Too big for the whole cache: not kept at all.
    if (this.cache.get(key, { updateAgeOnGet: false }) !== answer) return;
    for (const subgraph of answer.subgraphs) {
      let keys = this.bySubgraph.get(subgraph);
      if (!keys) this.bySubgraph.set(subgraph, (keys = new Set()));
      keys.add(key);
    }
  }

  /** Drops every answer read from `subgraph`. */
  dropUsing(subgraph: string): void {
    const keys = this.bySubgraph.get(subgraph);
    if (!keys) return;
    for (const key of [...keys]) {
      if (this.cache.delete(key)) this.counts.invalidations?.inc();
    }
  }

  /** Drops everything (a new supergraph). */
  clear(): void {
    this.counts.invalidations?.inc(this.cache.size);
    this.cache.clear();
  }

  get bytes(): number {
    return this.cache.calculatedSize;
  }
}
