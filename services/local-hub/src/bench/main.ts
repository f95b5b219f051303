// First: the tracing instrumentations must load before pg, graphql and http do.
import "@dlhub/subgraph-kit/tracing";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stopOnSignals } from "@dlhub/subgraph-kit";
import { readLocalHubEnv } from "../env.js";
import { type LocalHub } from "../local-hub.js";
import { startBenchHub } from "./bench-hub.js";
import { type BenchDatabase, openBenchDatabase } from "./bench-database.js";
import { growCatalog } from "./grow-catalog.js";
import { growPlaces } from "./grow-places.js";
import { benchQueries, catalogPage, placeQueries } from "./queries.js";
import { describeMachine, load, renderReport } from "./report.js";
import { resyncCatalog } from "./resync.js";
import { coordinatorSavedQueries } from "./saved-queries.js";
import { timeConcurrent, timeQuery } from "./time-queries.js";

/**
 * The sizes the benchmark is quoted at; changing them makes runs incomparable. `INITIATIVES` and
 * `PLACES` grow the catalog further (the scale run: INITIATIVES=100000 PLACES=20000); the report
 * states the sizes.
 */
const initiatives = Number(process.env.INITIATIVES ?? 10_000);
const places = Number(process.env.PLACES ?? 2_000);
const BENCH = {
  catalogInitiatives: initiatives,
  catalogPlaces: places,
  // The sync needs well under a minute on a laptop at 10,000; a stalled feed fails the run rather than hanging it.
  catchUpTimeoutMs: Math.max(1, initiatives / 10_000) * 3 * 60_000,
  warmUp: 20,
  requests: 300,
  maxMsPerQuery: 120_000,
  clients: 10,
  concurrentMs: 10_000,
  syncIntervalMs: 500,
};

/**
 * `npm run bench`: the whole hub over a fresh database, its catalog grown to 10,000 initiatives,
 * timed through the gateway. Prints a Markdown report and writes it to the OS temp folder.
 * Returns the exit code; whatever it started is stopped and removed on every path.
 */
async function main(): Promise<number> {
  const date = new Date();
  const loadBefore = load();
  let database: BenchDatabase | undefined;
  let hub: LocalHub | undefined;
  // Once only: Ctrl-C stops the hub under a running request, whose failure then reaches `finally`.
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Background work of the hub being stopped (its catalog sync) can fail as the databases
      // close under it; by default that would end the process before everything is removed.
      process.on("unhandledRejection", (reason) => console.error("Ignored while stopping:", reason instanceof Error ? reason.message : reason));
      try {
        await hub?.close();
      } finally {
        await database?.remove();
      }
    })());
  stopOnSignals(stop);
  try {
    if (!Number.isInteger(initiatives) || initiatives < 1) throw new Error(`INITIATIVES must be a whole number above 0, got ${process.env.INITIATIVES}`);
    if (!Number.isInteger(places) || places < 1) throw new Error(`PLACES must be a whole number above 0, got ${process.env.PLACES}`);
    const env = readLocalHubEnv();
    console.log("Starting PostgreSQL and the hub …");
    database = await openBenchDatabase(env.serverUrl);
    hub = await startBenchHub(database, { syncIntervalMs: BENCH.syncIntervalMs });
    console.log(`Growing the place catalog to ${BENCH.catalogPlaces.toLocaleString("en-US")} places …`);
    const placeGrowth = await growPlaces(hub, BENCH.catalogPlaces, BENCH.catchUpTimeoutMs);
    const placeTimings = [];
    for (const query of placeQueries) {
      console.log(`Timing ${query.label} …`);
      placeTimings.push(await timeQuery(hub, query, { warmUp: BENCH.warmUp, requests: BENCH.requests, maxMs: BENCH.maxMsPerQuery }));
    }
    console.log(`Growing the catalog to ${BENCH.catalogInitiatives.toLocaleString("en-US")} initiatives …`);
    const growth = await growCatalog(hub, BENCH.catalogInitiatives, BENCH.catchUpTimeoutMs);
    const queries = [];
    for (const query of benchQueries) {
      console.log(`Timing ${query.label} …`);
      queries.push(await timeQuery(hub, query, { warmUp: BENCH.warmUp, requests: BENCH.requests, maxMs: BENCH.maxMsPerQuery }));
    }
    const saved = [];
    for (const query of coordinatorSavedQueries()) {
      console.log(`Timing ${query.label} …`);
      saved.push(await timeQuery(hub, query, { warmUp: BENCH.warmUp, requests: BENCH.requests, maxMs: BENCH.maxMsPerQuery }));
    }
    console.log(`Timing ${catalogPage.label} with ${BENCH.clients} clients …`);
    const concurrent = await timeConcurrent(hub, catalogPage, { clients: BENCH.clients, durationMs: BENCH.concurrentMs, warmUp: BENCH.warmUp });
    console.log("Rewinding the feeds and timing the hub's catch-up …");
    const resync = await resyncCatalog(hub, BENCH.catchUpTimeoutMs);
    const report = renderReport({
      date,
      machine: describeMachine(),
      database: database.description,
      loadBefore,
      loadAfter: load(),
      growth,
      queries,
      saved,
      places: { ...placeGrowth, queries: placeTimings },
      concurrent,
      resync,
      warmUp: BENCH.warmUp,
    });
    const file = join(tmpdir(), `dlhub-bench-${date.toISOString().replace(/[:.]/g, "-")}.md`);
    writeFileSync(file, report);
    console.log(`\n${report}\nReport written to ${file}`);
    return 0;
  } catch (error) {
    console.error("The benchmark failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  } finally {
    await stop().catch((error: unknown) => console.error("Stopping failed:", error));
  }
}

// Exits explicitly: the fetch client's idle keep-alive sockets would otherwise hold the process open.
void main().then((code) => process.exit(code));
