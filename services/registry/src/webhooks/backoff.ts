/**
 * How long to wait before attempt `attempt + 1`: doubling from `baseMs`, capped at an hour, with
 * "equal jitter" (half fixed, half random) so that receivers that failed together, say after an
 * outage, are not all retried in the same second.
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 3_600_000);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
