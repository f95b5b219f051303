import { FEED_PATH } from "@dlhub/subgraph-kit";
import { type FeedSource } from "./catalog-sync.js";

/**
 * The feeds of every department published to the registry: a department that publishes is
 * followed from the next sync round, with no change to the hub. Each department serves its feed
 * beside its GraphQL endpoint, so the routing URL names it.
 */
export function registryFeeds(registryUrl: string, timeoutMs = 5000): () => Promise<FeedSource[]> {
  return async () => {
    const response = await fetch(new URL("/subgraphs", registryUrl), { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`the registry answered HTTP ${response.status}`);
    const body = (await response.json()) as { subgraphs: { name: string; routingUrl: string }[] };
    return body.subgraphs
      .filter((subgraph) => subgraph.name !== "hub")
      .map((subgraph) => ({ name: subgraph.name, url: new URL(FEED_PATH, subgraph.routingUrl).toString() }));
  };
}
