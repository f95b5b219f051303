import { createRequire } from "node:module";
import { join } from "node:path";

type BenchDatabaseModule = typeof import("@dlhub/local-hub/dist/bench/bench-database.js");
type BenchHubModule = typeof import("@dlhub/local-hub/dist/bench/bench-hub.js");
type CatchUpModule = typeof import("@dlhub/local-hub/dist/bench/catch-up.js");

/**
 * The local hub with its demo data, for `npm run bench:hub-page`: `node serve.js [local-hub dist]`.
 * The bench helpers come from the local hub's build the harness names, so an earlier commit's
 * build (checked out and built elsewhere) serves its own hub the same way; their signatures have
 * not changed since the catalog page was first measured. Prints the hub subgraph's URL on one line
 * once the catalog holds every department's demo data; stops, dropping its databases, on SIGTERM.
 */
async function main(): Promise<void> {
  const dist = process.argv[2] ?? join(createRequire(__filename).resolve("@dlhub/local-hub/package.json"), "..", "dist");
  // Loaded by path at run time: the baseline's build is no dependency of this package.
  const load = createRequire(__filename);
  const { openBenchDatabase } = load(join(dist, "bench/bench-database.js")) as BenchDatabaseModule;
  const { startBenchHub } = load(join(dist, "bench/bench-hub.js")) as BenchHubModule;
  const { feedsCaughtUp, waitForCatalog } = load(join(dist, "bench/catch-up.js")) as CatchUpModule;
  const database = await openBenchDatabase(process.env.DATABASE_URL);
  const hub = await startBenchHub(database, { usage: { reporting: false } });
  process.once("SIGTERM", () => {
    void (async () => {
      await hub.close();
      await database.remove();
      process.exit(0);
    })();
  });
  await waitForCatalog(hub, "the demo data in the catalog", () => feedsCaughtUp(hub), 120_000);
  const subgraph = hub.subgraphs.find((s) => s.name === "hub");
  if (!subgraph) throw new Error("the local hub runs no subgraph called hub");
  console.log(JSON.stringify({ hubUrl: subgraph.url }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
