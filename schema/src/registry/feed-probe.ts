/** A department subgraph whose initiative feed does not answer within this long is reported unreachable. */
export const FEED_PROBE_TIMEOUT_MS = 2_000;

/** Answers whether the department behind `routingUrl` serves its initiative feed. */
export type FeedProbe = (routingUrl: string) => Promise<boolean>;

/**
 * Asks `GET <origin>/initiative-feed?limit=1`. The contract check cannot see the feed in the SDL,
 * yet the hub reads every department's initiatives from it, so a publish pointing the gateway at a
 * service without one is refused. Any failure (refused, timed out, not JSON) counts as unreachable.
 */
export const probeInitiativeFeed: FeedProbe = async (routingUrl) => {
  try {
    const url = new URL("/initiative-feed?limit=1", new URL(routingUrl).origin);
    const response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(FEED_PROBE_TIMEOUT_MS),
    });
    if (response.status !== 200) return false;
    await response.json();
    return true;
  } catch {
    return false;
  }
};
