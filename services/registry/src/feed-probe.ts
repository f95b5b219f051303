/**
 * A department subgraph whose initiative feed does not answer within this long is reported
 * unreachable. Generous: a healthy department's first page on a cold or busy machine can take
 * seconds (two seconds refused one in a loaded CI run), and a publish can wait that long.
 */
export const FEED_PROBE_TIMEOUT_MS = 10_000;

/** The change feeds every department serves; the hub reads its initiatives and places from them. */
export const FEED_PATHS = ["/initiative-feed", "/place-feed"] as const;

/**
 * Rows read from each feed's first page: enough to catch a feed filling its rows from another
 * department, small enough that the probe stays one quick request per feed.
 */
export const FEED_PROBE_LIMIT = 10;

/** One feed's first page as it answered: JSON, not yet trusted to have any shape. */
export interface FeedPage {
  path: (typeof FEED_PATHS)[number];
  body: unknown;
}

export interface FeedProbeResult {
  /** Whether both feeds answered 200 with JSON (the FEED rule). */
  reachable: boolean;
  /** The first pages that answered, for the FEED_DEPARTMENT rule (see feedDepartmentProblems). */
  pages: FeedPage[];
}

/** Reads the first page of each change feed of the department behind `routingUrl`. */
export type FeedProbe = (routingUrl: string) => Promise<FeedProbeResult>;

/**
 * Asks `GET <origin>/initiative-feed?limit=10` and `GET <origin>/place-feed?limit=10`. The contract
 * check cannot see the feeds in the SDL, yet the hub reads every department's initiatives and
 * places from them, so a publish pointing the gateway at a service without them is refused, and so
 * is one whose feeds say they are another department's. Any failure (refused, timed out, not JSON)
 * counts as unreachable.
 */
export const probeInitiativeFeed: FeedProbe = async (routingUrl) => {
  const pages = await Promise.all(FEED_PATHS.map((path) => firstPage(routingUrl, path)));
  const answered = pages.filter((page): page is FeedPage => page !== null);
  return { reachable: answered.length === FEED_PATHS.length, pages: answered };
};

async function firstPage(routingUrl: string, path: FeedPage["path"]): Promise<FeedPage | null> {
  try {
    const url = new URL(`${path}?limit=${FEED_PROBE_LIMIT}`, new URL(routingUrl).origin);
    const response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(FEED_PROBE_TIMEOUT_MS),
    });
    if (response.status !== 200) return null;
    return { path, body: (await response.json()) as unknown };
  } catch {
    return null;
  }
}
