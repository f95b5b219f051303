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
 * How the catalog is emptied before the catch-up.
 * - `new-copy` (the default): as a new copy of the hub starts, its catalog's tables empty
 *   (TRUNCATE, with the roll-ups and counts they keep), so the catch-up writes into fresh tables.
 * - `deleted`: the rows deleted in one statement and not yet vacuumed, as the benchmark did until
 *   December 6. No hub meets that state in use (a feed is rewound only for a new copy), and the
 *   catch-up then pays for the dead rows: every reinserted key finds its deleted twin in each
 *   unique index, and the tables and indexes are twice the size in memory. `EMPTYING=deleted`.
 */
export type Emptying = "new-copy" | "deleted";

export function emptyingOf(value: string | undefined): Emptying {
  if (value === undefined || value === "new-copy" || value === "deleted") return value ?? "new-copy";
  throw new Error(`EMPTYING must be new-copy or deleted, not ${value}`);
}

/** The catalog's tables and what their triggers keep from them (roll-ups, counts). */
const CATALOG_TABLES = ["catalog_initiative", "catalog_site", "catalog_partner", "catalog_outcome", "rollup_placement", "neighborhood_rollup", "rollup_dirty", "catalog_count"];

/**
 * A hub catching up on departments that have already written everything: the catalog's
 * initiatives removed (see Emptying) and every department's initiative feed rewound, then timed
 * until the sync has applied every log row again. Unlike the growth phase, the departments are
 * not writing meanwhile, so this is the hub's own catch-up rate.
 */
export async function resyncCatalog(hub: LocalHub, timeoutMs: number, emptying: Emptying = "new-copy"): Promise<Resync> {
  const database = hub.subgraphs.find((s) => s.name === "hub")?.database.dataSource;
  if (!database) throw new Error("the hub's own subgraph is not running");
  const initiatives = await catalogCount(hub);
  await database.transaction(async (db) => {
    await db.query(emptying === "deleted" ? `DELETE FROM catalog_initiative` : `TRUNCATE ${CATALOG_TABLES.join(", ")}`);
    await db.query(`UPDATE department_feed SET cursor = NULL`);
  });
  const started = performance.now();
  await waitForCatalog(hub, "every change applied again", () => feedsCaughtUp(hub), timeoutMs);
  const catchUpMs = performance.now() - started;
  // Through the gateway, from the counts the catch-up rebuilt: also checks them.
  await waitForCatalog(hub, `${initiatives} initiatives in the catalog again`, async () => (await catalogCount(hub)) === initiatives, timeoutMs);
  return { initiatives, catchUpMs, syncedPerSecond: (initiatives * 1000) / catchUpMs };
}
