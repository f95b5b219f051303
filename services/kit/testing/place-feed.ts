import { MAX_FEED_PAGE, PLACE_FEED_PATH, type PlaceFeedPage, type PlaceSnapshot } from "@dlhub/subgraph-kit";

/*
 * A department's places reach the hub only through GET /place-feed, so the department's tests read
 * them the same way, over real HTTP, rather than through readPlaceFeed: what they check is what the
 * hub's catalog sync would receive, route and JSON included.
 */

/** One page of the feed after `after`; a status other than 200 fails the test with the body it came with. */
export async function readPlaceFeedPage(subgraphUrl: string, after: string | null = null, limit = 200): Promise<PlaceFeedPage> {
  const url = new URL(PLACE_FEED_PATH, subgraphUrl);
  url.searchParams.set("limit", String(limit));
  if (after) url.searchParams.set("after", after);
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}, expected 200: ${await response.text()}`);
  return (await response.json()) as PlaceFeedPage;
}

/**
 * Every change after `after`, page by page to the end. A place changed twice is in the feed twice;
 * as in the hub's sync, the last word on it wins, and null means the department no longer has it.
 * `cursor` is where a later read picks up.
 */
export async function readAllPlaces(subgraphUrl: string, after: string | null = null): Promise<{ places: Map<string, PlaceSnapshot | null>; cursor: string | null }> {
  const places = new Map<string, PlaceSnapshot | null>();
  let cursor = after;
  for (;;) {
    const page = await readPlaceFeedPage(subgraphUrl, cursor, MAX_FEED_PAGE);
    for (const change of page.changes) places.set(change.placeId, change.place);
    cursor = page.cursor;
    if (!page.hasMore) return { places, cursor };
  }
}

