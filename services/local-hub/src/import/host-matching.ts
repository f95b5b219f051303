/**
 * Which real place hosts a KEYSPOT, when the KEYSPOT file names its host only in words (the 2015
 * list says "Mallory Playground", type PPR; no asset id or branch code). The rule, written down
 * in docs/places.md:
 *
 * 1. Only candidates of the host's kind (a recreation centre for a PPR site, a library branch for
 *    a library-hosted one), real rows only.
 * 2. Among candidates within NAMED_RADIUS metres whose name shares a distinctive word with the
 *    host's name (words such as "recreation", "center" or "library" say nothing), the nearest.
 * 3. Otherwise the nearest candidate within SAME_SPOT_RADIUS metres, whatever its name: the two
 *    files then place the same building.
 * 4. Otherwise no host, and the import reports the KEYSPOT as unmatched.
 */
export const NAMED_RADIUS = 300;
export const SAME_SPOT_RADIUS = 50;

const GENERIC_WORDS = new Set([
  "the", "of", "and", "at", "a", "recreation", "rec", "center", "centre", "ctr", "library", "branch", "regional",
  "playground", "park", "keyspot", "older", "adult", "pool", "community", "site", "free", "philadelphia",
]);

export interface PointOfInterest {
  key: string;
  name: string;
  latitude: number;
  longitude: number;
}

export interface HostMatch {
  host: PointOfInterest;
  meters: number;
  by: "name and distance" | "distance";
}

/** The distinctive words of a name, lower case, without punctuation or generic words. */
export function distinctiveWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 1 && !GENERIC_WORDS.has(word)),
  );
}

/** Great-circle distance in metres. */
export function metresBetween(a: Pick<PointOfInterest, "latitude" | "longitude">, b: Pick<PointOfInterest, "latitude" | "longitude">): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/** The host of `site` among `candidates` by the rule above, or null. */
export function matchHost(site: PointOfInterest, candidates: readonly PointOfInterest[]): HostMatch | null {
  const words = distinctiveWords(site.name);
  const near = candidates
    .map((host) => ({ host, meters: metresBetween(site, host) }))
    .filter((c) => c.meters <= NAMED_RADIUS)
    .sort((a, b) => a.meters - b.meters || a.host.key.localeCompare(b.host.key));
  const named = near.find((c) => [...distinctiveWords(c.host.name)].some((word) => words.has(word)));
  if (named) return { ...named, by: "name and distance" };
  const same = near.find((c) => c.meters <= SAME_SPOT_RADIUS);
  return same ? { ...same, by: "distance" } : null;
}
