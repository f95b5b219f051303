import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { type Hub } from "../hub.js";
import { postQuery } from "./graphql-client.js";
import { multiplyInitiatives } from "./multiply-initiatives.js";

export interface CatalogGrowth {
  /** Initiatives the demo data holds, all departments together. */
  seeded: number;
  copies: number;
  total: number;
  departments: { name: string; initiatives: number }[];
  /** Wall time of the copying, all departments in parallel. */
  insertMs: number;
  /** From the first department's commit until the hub's catalog held every initiative. */
  catchUpMs: number;
  /** From the last department's commit until then: what the sync still had to do after the writes. */
  tailMs: number;
  syncedPerSecond: number;
}

const POLL_MS = 100;

async function catalogCount(hub: Hub): Promise<number> {
  const data = await postQuery<{ initiatives: { totalCount: number } }>(hub.gatewayUrl, `{ initiatives { totalCount } }`);
  return data.initiatives.totalCount;
}

async function waitForCatalog(hub: Hub, expected: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let count = await catalogCount(hub);
  while (count !== expected) {
    if (performance.now() > deadline) {
      throw new Error(`the catalog holds ${count} initiatives, not ${expected}, after ${Math.round(timeoutMs / 1000)} s`);
    }
    await sleep(POLL_MS);
    count = await catalogCount(hub);
  }
}

/**
 * Copies every department's initiatives until all departments together hold at least `target`,
 * then times how long the hub's background sync takes to bring its catalog level with them,
 * watched through the gateway as a client would see it.
 */
export async function growCatalog(hub: Hub, target: number, timeoutMs: number): Promise<CatalogGrowth> {
  const departments = hub.subgraphs.filter((s) => s.name !== "hub");
  const counts = await Promise.all(
    departments.map(async (s) => {
      const [{ count }] = (await s.database.dataSource.query(`SELECT count(*)::int AS count FROM initiative`)) as { count: number }[];
      return count;
    }),
  );
  const seeded = counts.reduce((sum, n) => sum + n, 0);
  if (seeded === 0) throw new Error("the demo data holds no initiatives to copy");
  // The demo data first, so the clock below times only the copies.
  await waitForCatalog(hub, seeded, timeoutMs);

  const copies = Math.ceil(target / seeded) - 1;
  const started = performance.now();
  const committed: number[] = [];
  const grown = await Promise.all(
    departments.map(async (s) => {
      const initiatives = await multiplyInitiatives(s.database.dataSource, copies);
      committed.push(performance.now());
      return { name: s.name, initiatives };
    }),
  );
  const insertMs = performance.now() - started;
  const total = grown.reduce((sum, d) => sum + d.initiatives, 0);
  await waitForCatalog(hub, total, timeoutMs);
  const done = performance.now();
  const catchUpMs = done - Math.min(...committed);
  return {
    seeded,
    copies,
    total,
    departments: grown,
    insertMs,
    catchUpMs,
    tailMs: done - Math.max(...committed),
    syncedPerSecond: ((total - seeded) * 1000) / catchUpMs,
  };
}
