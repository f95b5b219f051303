import { stopOnSignals } from "@dlhub/subgraph-kit";
import { startBenchHub } from "./bench-hub.js";
import { openBenchDatabase } from "./bench-database.js";

/**
 * One whole hub for the usage-reporting benchmark (usage-overhead.ts), in a process of its own so
 * the two hubs compared do not share a JavaScript thread: `node usage-hub.js <serverUrl> on|off`.
 * Prints `{"gatewayUrl": …}` on one line, and stops (dropping its databases) on SIGTERM.
 */
async function main(): Promise<void> {
  const [serverUrl, mode] = process.argv.slice(2);
  const database = await openBenchDatabase(serverUrl);
  const hub = await startBenchHub(database, { usage: { reporting: mode === "on" } });
  stopOnSignals(async () => {
    await hub.close();
    await database.remove();
  });
  console.log(JSON.stringify({ gatewayUrl: hub.gatewayUrl }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
