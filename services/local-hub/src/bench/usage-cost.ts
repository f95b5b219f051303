import { performance } from "node:perf_hooks";
import { CoordinateCache, UsageAggregator } from "@dlhub/gateway";
import { apiSchemaOf } from "@dlhub/registry";
import { composeSupergraph, listedSubgraphs } from "@dlhub/schema";
import { type OperationDefinitionNode, parse } from "graphql";

const ITERATIONS = 20_000;

/**
 * The gateway's own work per request for usage, timed in this process without HTTP around it:
 * a cache lookup and a count for a document seen before; the coordinates worked out for a new
 * one. End-to-end latency on a shared machine varies by more than this; this says what the
 * plugin itself adds.
 */
export function measureUsageWork(query: string): { seenMicros: number; newMicros: number } {
  const schema = apiSchemaOf(composeSupergraph(listedSubgraphs()));
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const cache = new CoordinateCache(2000);
  const aggregator = new UsageAggregator(5000);
  const key = { client: "bench", clientVersion: "", operationName: "", operationHash: "a".repeat(64) };
  const time = (work: (i: number) => void) => {
    for (let i = 0; i < 1000; i += 1) work(i);
    const started = performance.now();
    for (let i = 0; i < ITERATIONS; i += 1) work(i);
    return ((performance.now() - started) * 1000) / ITERATIONS;
  };
  const seenMicros = time(() => aggregator.record(key, cache.coordinates(schema, key.operationHash, document, operation)));
  // A new hash every time: the coordinates are computed, the cache and aggregator stay at their caps.
  const newMicros = time((i) => aggregator.record({ ...key, operationHash: String(i) }, cache.coordinates(schema, `new-${i}`, document, operation)));
  return { seenMicros, newMicros };
}
