import { performance } from "node:perf_hooks";
import { type LocalHub } from "../local-hub.js";
import { catalogCount, feedsCaughtUp, waitForCatalog } from "./catch-up.js";

export interface Resync {
  initiatives: number;
  /** From rewinding the feeds until every department's whole change log was applied again. */
  catchUpMs: number;
  syncedPerSecond: number;
}

/**
 * A hub catching up on departments that have already written everything: the catalog's
 * initiatives removed and every department's initiative feed rewound (as a new copy of the hub
 * would start), then timed until the sync has applied every log row again. Unlike the growth
 * phase, the departments are not writing meanwhile, so this is the hub's own catch-up rate.
 * Run last: it removes what coordinators attached to initiatives (links, notes).
 */
export async function resyncCatalog(hub: LocalHub, timeoutMs: number): Promise<Resync> {
  const database = hub.subgraphs.find((s) => s.name === "hub")?.database.dataSource;
  if (!database) throw new Error("the hub's own subgraph is not running");
  const initiatives = await catalogCount(hub);
  await database.transaction(async (db) => {
    await db.query(`DELETE FROM catalog_initiative`);
    await db.query(`UPDATE department_feed SET cursor = NULL`);
  });
  const started = performance.now();
  await waitForCatalog(hub, "every change applied again", () => feedsCaughtUp(hub), timeoutMs);
  const catchUpMs = performance.now() - started;
  await waitForCatalog(hub, `${initiatives} initiatives in the catalog again`, async () => (await catalogCount(hub)) === initiatives, timeoutMs);
  return { initiatives, catchUpMs, syncedPerSecond: (initiatives * 1000) / catchUpMs };
}
