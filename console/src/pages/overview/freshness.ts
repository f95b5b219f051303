import type { OverviewQuery } from "../../graphql/generated/graphql";

export type DepartmentSync = OverviewQuery["departments"][number];

/** The hub reads every department each second; a minute without a full read means it is behind. */
export const BEHIND_AFTER_MS = 60_000;

export type Freshness = { state: "fresh" } | { state: "behind"; since: string | null } | { state: "down"; error: string };

/** Whether the catalog's copy of a department is current: fresh, behind, or failing with an error. */
export function freshnessOf(sync: DepartmentSync, now: number): Freshness {
  if (sync.lastError) return { state: "down", error: sync.lastError };
  const reads = [sync.lastSyncedAt, sync.placesSyncedAt];
  if (reads.some((read) => read === null)) return { state: "behind", since: null };
  const oldest = reads.map((read) => new Date(read as string).getTime()).reduce((a, b) => Math.min(a, b));
  return now - oldest > BEHIND_AFTER_MS ? { state: "behind", since: new Date(oldest).toISOString() } : { state: "fresh" };
}
