import { performance } from "node:perf_hooks";
import { type LocalHub } from "../local-hub.js";
import { catalogCount, departmentsOf, feedsCaughtUp, waitForCatalog } from "./catch-up.js";
import { multiplyInitiatives } from "./multiply-initiatives.js";

export interface CatalogGrowth {
  /** Initiatives the demo data holds, all departments together. */
  seeded: number;
  copies: number;
  total: number;
  departments: { name: string; initiatives: number }[];
  /** Rows the copies added to the departments' change logs, which the hub reads. */
  changeRows: number;
  /** Wall time of the copying, all departments in parallel. */
  insertMs: number;
  /** From the first department's commit until the catalog counted every initiative. */
  visibleMs: number;
  /** From the first department's commit until the hub had applied every change-log row. */
  catchUpMs: number;
  syncedPerSecond: number;
  /** Places in the hub's place catalog once grown (copied KEYSPOTs, labs and venues are places too). */
  places: number;
}

const countRows = async (hub: LocalHub, table: string) =>
  Promise.all(
    departmentsOf(hub).map(async (s) => {
      const [{ count }] = (await s.database.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`)) as { count: number }[];
      return count;
    }),
  );
const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);

/**
 * Copies every department's initiatives until all departments together hold at least `target`,
 * then times how long the hub's background sync takes to bring its catalog level with them:
 * first as a client sees it through the gateway (the count), then completely (every change read).
 */
export async function growCatalog(hub: LocalHub, target: number, timeoutMs: number): Promise<CatalogGrowth> {
  const seeded = sum(await countRows(hub, "initiative"));
  if (seeded === 0) throw new Error("the demo data holds no initiatives to copy");
  // The demo data first, so the clock below times only the copies.
  await waitForCatalog(hub, "the demo data in the catalog", async () => (await catalogCount(hub)) === seeded && feedsCaughtUp(hub), timeoutMs);
  const changesBefore = sum(await countRows(hub, "initiative_change"));

  const copies = Math.ceil(target / seeded) - 1;
  const started = performance.now();
  const committed: number[] = [];
  const grown = await Promise.all(
    departmentsOf(hub).map(async (s) => {
      const initiatives = await multiplyInitiatives(s.database.dataSource, copies);
      committed.push(performance.now());
      return { name: s.name, initiatives };
    }),
  );
  const insertMs = performance.now() - started;
  const total = sum(grown.map((d) => d.initiatives));
  await waitForCatalog(hub, `${total} initiatives in the catalog`, async () => (await catalogCount(hub)) === total, timeoutMs);
  const visibleMs = performance.now() - Math.min(...committed);
  await waitForCatalog(hub, "every change applied", () => feedsCaughtUp(hub), timeoutMs);
  const catchUpMs = performance.now() - Math.min(...committed);
  // A bulk load leaves the planner's statistics stale and autovacuum about to start: left alone,
  // whichever query is timed first would measure that instead. A database in service has settled.
  await Promise.all(hub.subgraphs.map((s) => s.database.dataSource.query("VACUUM ANALYZE")));
  const [{ places }] = (await hub.subgraphs.find((s) => s.name === "hub")!.database.dataSource.query(
    `SELECT count(*)::int AS places FROM catalog_place`,
  )) as { places: number }[];
  return {
    places,
    seeded,
    copies,
    total,
    departments: grown,
    changeRows: sum(await countRows(hub, "initiative_change")) - changesBefore,
    insertMs,
    visibleMs,
    catchUpMs,
    syncedPerSecond: ((total - seeded) * 1000) / catchUpMs,
  };
}
