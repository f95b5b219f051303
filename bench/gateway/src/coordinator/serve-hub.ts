import { createRequire } from "node:module";
import { join } from "node:path";
import { stopOnSignals } from "@dlhub/subgraph-kit";

type BenchDatabaseModule = typeof import("@dlhub/local-hub/dist/bench/bench-database.js");
type BenchHubModule = typeof import("@dlhub/local-hub/dist/bench/bench-hub.js");
type CatchUpModule = typeof import("@dlhub/local-hub/dist/bench/catch-up.js");
type GrowCatalogModule = typeof import("@dlhub/local-hub/dist/bench/grow-catalog.js");

/**
 * The environment the hub's process is started with: production mode, as docker/Dockerfile runs
 * every service (graphql-js, for one, checks every type it is handed outside production: 2–4% of a
 * catalog page's CPU).
 */
export const AS_THE_IMAGE_RUNS = { NODE_ENV: "production" };

/** This checkout's local hub. */
export const OWN_LOCAL_HUB = join(createRequire(__filename).resolve("@dlhub/local-hub/package.json"), "..");

/**
 * The real hub behind the coordinator workload and `bench:hub-page`, in a process of its own (the
 * harness pins it, and the PostgreSQL it starts): `node serve-hub.js [initiatives]`. The hub as
 * every `npm run bench*` starts it (the local hub's bench helpers): registry, departments, the
 * hub's subgraph, demo data; usage reporting off, as it is no part of what is measured.
 *
 * `LOCAL_HUB` names the local hub to run, this checkout's unless told: another checkout's
 * `services/local-hub`, built, runs that build's hub the same way (before and after of a change to
 * the hub). Its helpers are loaded by path at run time, since that build is no dependency of this
 * package; their signatures are those of the hub issue 15 found. Waits until the catalog has
 * applied every change (answers are stable from then on), then prints `{"registryUrl": …,
 * "hubUrl": …}` on one line; stops, dropping its databases, on SIGTERM.
 */
async function main(): Promise<void> {
  const initiatives = process.argv[2] ? Number(process.argv[2]) : undefined;
  const dist = join(process.env.LOCAL_HUB ?? OWN_LOCAL_HUB, "dist", "bench");
  const load = createRequire(__filename);
  const { openBenchDatabase } = load(join(dist, "bench-database.js")) as BenchDatabaseModule;
  const { startBenchHub } = load(join(dist, "bench-hub.js")) as BenchHubModule;
  const { feedsCaughtUp, waitForCatalog } = load(join(dist, "catch-up.js")) as CatchUpModule;
  const { growCatalog } = load(join(dist, "grow-catalog.js")) as GrowCatalogModule;
  const database = await openBenchDatabase(process.env.DATABASE_URL);
  const hub = await startBenchHub(database, { usage: { reporting: false } });
  stopOnSignals(async () => {
    await hub.close();
    await database.remove();
  });
  if (initiatives) await growCatalog(hub, initiatives, 10 * 60_000);
  else await waitForCatalog(hub, "the demo data in the catalog", () => feedsCaughtUp(hub), 120_000);
  const hubUrl = hub.subgraphs.find((s) => s.name === "hub")?.url;
  console.log(JSON.stringify({ registryUrl: hub.registryUrl, hubUrl, database: database.description }));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
