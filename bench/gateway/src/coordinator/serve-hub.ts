import { stopOnSignals } from "@dlhub/subgraph-kit";
import { openBenchDatabase } from "@dlhub/local-hub/dist/bench/bench-database.js";
import { startBenchHub } from "@dlhub/local-hub/dist/bench/bench-hub.js";
import { feedsCaughtUp, waitForCatalog } from "@dlhub/local-hub/dist/bench/catch-up.js";
import { growCatalog } from "@dlhub/local-hub/dist/bench/grow-catalog.js";

/**
 * The real hub behind the coordinator workload, in a process of its own (the harness pins it, and
 * the PostgreSQL it starts, to the load generator's core): `node serve-hub.js [initiatives]`. The
 * hub as every `npm run bench*` starts it (the local hub's bench helpers): registry, departments,
 * the hub's subgraph, demo data; usage reporting off, as it is no part of what is measured. Waits
 * until the catalog has applied every change (answers are stable from then on), then prints
 * `{"registryUrl": …}` on one line; stops, dropping its databases, on SIGTERM.
 */
async function main(): Promise<void> {
  const initiatives = process.argv[2] ? Number(process.argv[2]) : undefined;
  const database = await openBenchDatabase(process.env.DATABASE_URL);
  const hub = await startBenchHub(database, { usage: { reporting: false } });
  stopOnSignals(async () => {
    await hub.close();
    await database.remove();
  });
  if (initiatives) await growCatalog(hub, initiatives, 10 * 60_000);
  else await waitForCatalog(hub, "the demo data in the catalog", () => feedsCaughtUp(hub), 120_000);
  console.log(JSON.stringify({ registryUrl: hub.registryUrl, database: database.description }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
