export { deduplicateOperations } from "./operations.js";
export { SubgraphFetchDeduplication } from "./subgraph-fetches.js";
export { visibilityKey } from "./visibility.js";

/** Which in-flight work the gateway shares (README, "In-flight deduplication"); both on unless turned off. */
export interface DeduplicationSettings {
  /** Identical queries from callers who see the same share one execution. */
  operations?: boolean;
  /** Identical subgraph fetches share one HTTP request. */
  subgraphFetches?: boolean;
}
