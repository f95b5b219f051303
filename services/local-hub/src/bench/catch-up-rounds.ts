import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { readLocalHubEnv } from "../env.js";
import { startBenchHub } from "./bench-hub.js";
import { openBenchDatabase } from "./bench-database.js";
import { growCatalog } from "./grow-catalog.js";
import { emptyingOf, resyncCatalog } from "./resync.js";

/**
 * `npm run bench:catch-up`: the hub's catch-up from rewound feeds alone, in rounds over one grown
 * catalog, each round's CPU split between this process (the departments' feeds, the hub's sync,
 * the gateway) and the rest of the machine (PostgreSQL, on a quiet machine). The catch-up is
 * CPU-bound on two cores, so a change to it shows as CPU seconds before it shows as a rate, and a
 * rate alone moves with the machine's neighbours from one run to the next.
 *
 * EMPTYING=deleted empties the catalog as the benchmark did until December 6 (resync.ts, Emptying).
 *
 * PROFILE=<url of a server's postgres database> lists the statements that took the time, from
 * pg_stat_statements (the server needs `shared_preload_libraries=pg_stat_statements` and the
 * extension in that database; DATABASE_URL should name the same server).
 */

/** Busy CPU seconds of the whole machine so far (every core, every process, exited ones included). */
function machineBusySeconds(): number {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

async function main(): Promise<number> {
  const initiatives = Number(process.env.INITIATIVES ?? 20_000);
  const rounds = Number(process.env.ROUNDS ?? 3);
  const emptying = emptyingOf(process.env.EMPTYING);
  const database = await openBenchDatabase(readLocalHubEnv().serverUrl);
  const profile = process.env.PROFILE ? new pg.Client({ connectionString: process.env.PROFILE }) : null;
  try {
    const hub = await startBenchHub(database, { syncIntervalMs: 200 });
    try {
      const growth = await growCatalog(hub, initiatives, 10 * 60_000);
      console.log(`| round | initiatives/s | round s (emptying included) | this process, CPU s | the rest (PostgreSQL), CPU s |\n|---|---|---|---|---|`);
      await profile?.connect();
      for (let round = 1; round <= rounds; round++) {
        await profile?.query("SELECT pg_stat_statements_reset()");
        const ownBefore = process.cpuUsage();
        const machineBefore = machineBusySeconds();
        const started = performance.now();
        const resync = await resyncCatalog(hub, 10 * 60_000, emptying);
        const wall = (performance.now() - started) / 1000;
        const own = process.cpuUsage(ownBefore);
        const ownSeconds = (own.user + own.system) / 1e6;
        const rest = machineBusySeconds() - machineBefore - ownSeconds;
        console.log(`| ${round} | ${Math.round(resync.syncedPerSecond)} | ${wall.toFixed(1)} | ${ownSeconds.toFixed(1)} | ${rest.toFixed(1)} |`);
      }
      console.log(`\n${growth.total.toLocaleString("en-US")} initiatives; each round empties the catalog (${emptying === "deleted" ? "its rows deleted, not vacuumed" : "as a new copy of the hub starts"}) and rewinds every feed (the clock starts after that).`);
      if (profile) {
        const { rows } = await profile.query(
          `SELECT d.datname AS database, round(total_exec_time) AS ms, calls, rows, NOT toplevel AS nested, left(regexp_replace(query, '\\s+', ' ', 'g'), 120) AS statement
             FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid ORDER BY total_exec_time DESC LIMIT 30`,
        );
        console.log("\nThe last round's statements by time (wall time in PostgreSQL; nested ones are inside triggers and functions):");
        console.table(rows);
      }
    } finally {
      await hub.close();
    }
    return 0;
  } catch (error) {
    console.error("The benchmark failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  } finally {
    await profile?.end().catch(() => undefined);
    await database.remove();
  }
}

// Exits explicitly: the fetch client's idle keep-alive sockets would otherwise hold the process open.
void main().then((code) => process.exit(code));
