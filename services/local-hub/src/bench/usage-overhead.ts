import { type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { stopOnSignals } from "@dlhub/subgraph-kit";
import { openBenchDatabase } from "./bench-database.js";
import { postQuery } from "./graphql-client.js";
import { startHubProcess } from "./hub-process.js";
import { percentile } from "./measure.js";
import { catalogPage } from "./queries.js";
import { describeMachine } from "./report.js";
import { measureUsageWork } from "./usage-cost.js";

const RUN = { warmUp: 30, rounds: 20, block: 20 };
type Mode = "off" | "on";
const MODES: Mode[] = ["off", "on"];

/**
 * What reporting usage from real traffic costs a request: two whole hubs on one PostgreSQL, alike
 * but for the gateway's usage reporting, each in its own process. Each case is timed through both
 * gateways in blocks taken in turn, the first rotating each round, so both meet the same machine
 * load in the same window. The last case sends a document never seen before with every request:
 * the worst case, where the coordinates are worked out each time and the aggregator fills to its cap.
 * `npm run bench:usage`
 */
const CASES: { label: string; query: (i: number) => string }[] = [
  { label: "small query (recreation centres' names)", query: () => "{ recreationCenters { name } }" },
  { label: catalogPage.label, query: () => catalogPage.query },
  { label: "catalog page, a new document every request", query: (i) => catalogPage.query.replace("initiatives(", `page${i}: initiatives(`) },
];

async function main(): Promise<void> {
  const database = await openBenchDatabase(process.env.DATABASE_URL);
  const hubs: Partial<Record<Mode, { gatewayUrl: string; child: ChildProcess }>> = {};
  const stop = async () => {
    await Promise.all(Object.values(hubs).map(({ child }) => stopChild(child)));
    await database.remove();
  };
  stopOnSignals(stop);
  try {
    console.log("Starting two hubs, usage reporting off and on …");
    const started = await Promise.all(MODES.map((mode) => startHub(mode, database.serverUrl)));
    MODES.forEach((mode, i) => (hubs[mode] = started[i]));
    const rows: string[] = [];
    for (const timedCase of CASES) {
      console.log(`Timing ${timedCase.label} …`);
      rows.push(row(timedCase.label, await interleaved(timedCase.query, { off: hubs.off!.gatewayUrl, on: hubs.on!.gatewayUrl })));
    }
    const work = measureUsageWork(catalogPage.query);
    const machine = describeMachine();
    console.log(
      [
        `\n## Usage reporting: on vs off (${new Date().toISOString()})`,
        `${machine.cpu}, ${machine.cores} cores, Node ${process.version}; demo data; ${RUN.rounds} rounds of ${RUN.block} sequential requests per hub and case, in turn`,
        "",
        "| case | median off / on (ms) | p95 off / on (ms) | median: on vs off |",
        "|---|---|---|---|",
        ...rows,
        "",
        `The gateway's own usage work per request (catalog page, in process, no HTTP): ${work.seenMicros.toFixed(1)} µs for a document seen before, ${work.newMicros.toFixed(1)} µs for a new one.`,
      ].join("\n"),
    );
  } finally {
    await stop();
  }
}

function startHub(mode: Mode, serverUrl: string): Promise<{ gatewayUrl: string; child: ChildProcess }> {
  return startHubProcess("usage-hub.js", [serverUrl, mode], mode);
}

/** Blocks of sequential requests to each hub in turn, the first one rotating each round. */
async function interleaved(query: (i: number) => string, urls: Record<Mode, string>): Promise<Record<Mode, number[]>> {
  const latencies: Record<Mode, number[]> = { off: [], on: [] };
  let sent = 0;
  for (const mode of MODES) for (let i = 0; i < RUN.warmUp; i += 1) await postQuery(urls[mode], query(sent++));
  for (let round = 0; round < RUN.rounds; round += 1) {
    for (const mode of round % 2 === 0 ? MODES : [...MODES].reverse()) {
      for (let i = 0; i < RUN.block; i += 1) {
        const text = query(sent++);
        const started = performance.now();
        await postQuery(urls[mode], text);
        latencies[mode].push(performance.now() - started);
      }
    }
  }
  return latencies;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

const ms = (value: number) => value.toFixed(2);

function row(label: string, timed: Record<Mode, number[]>): string {
  const sorted = Object.fromEntries(MODES.map((mode) => [mode, [...timed[mode]].sort((a, b) => a - b)])) as Record<Mode, number[]>;
  const median = (mode: Mode) => percentile(sorted[mode], 50);
  const p95 = (mode: Mode) => percentile(sorted[mode], 95);
  const ratio = median("on") / median("off") - 1;
  return `| ${label} | ${ms(median("off"))} / ${ms(median("on"))} | ${ms(p95("off"))} / ${ms(p95("on"))} | ${ratio >= 0 ? "+" : ""}${(ratio * 100).toFixed(1)} % |`;
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("The usage benchmark failed:", error);
    process.exit(1);
  },
);
