/** A department subgraph whose initiative feed does not answer within this long is reported unreachable. */
export const FEED_PROBE_TIMEOUT_MS = 2_000;

/** Answers whether the department behind `routingUrl` serves its change feeds. */
export type FeedProbe = (routingUrl: string) => Promise<boolean>;

/**
 * Asks `GET <origin>/initiative-feed?limit=1` and `GET <origin>/place-feed?limit=1`. The contract
 * check cannot see the feeds in the SDL, yet the hub reads every department's initiatives and
 * places from them, so a publish pointing the gateway at a service without them is refused. Any
 * failure (refused, timed out, not JSON) counts as unreachable.
 */
export const probeInitiativeFeed: FeedProbe = async (routingUrl) =>
  (await Promise.all(["/initiative-feed", "/place-feed"].map((path) => answersJson(routingUrl, path)))).every(Boolean);

async function answersJson(routingUrl: string, path: string): Promise<boolean> {
  try {
    const url = new URL(`${path}?limit=1`, new URL(routingUrl).origin);
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
}
