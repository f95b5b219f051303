// First: whether this hub traces is decided by its environment, before pg and http load.
import "@dlhub/subgraph-kit/tracing";
import { stopOnSignals } from "@dlhub/subgraph-kit";
import { startBenchHub } from "./bench-hub.js";
import { openBenchDatabase } from "./bench-database.js";
import { growCatalog } from "./grow-catalog.js";

/**
 * One whole hub for the observability benchmark (overhead.ts), in a process of its own so that
 * tracing and metrics are on or off as its environment says: `node overhead-hub.js <serverUrl>
 * <initiatives>`. Grows its catalog as `npm run bench` does, prints `{"gatewayUrl": …}` on one
 * line, and stops (dropping its databases) on SIGTERM.
 */
async function main(): Promise<void> {
  const [serverUrl, initiatives] = process.argv.slice(2);
  const database = await openBenchDatabase(serverUrl);
  const hub = await startBenchHub(database);
  stopOnSignals(async () => {
    await hub.close();
    await database.remove();
  });
  await growCatalog(hub, Number(initiatives), 3 * 60_000);
  console.log(JSON.stringify({ gatewayUrl: hub.gatewayUrl }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
