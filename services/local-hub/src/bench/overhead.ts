import { type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";
import { listenOn, stopOnSignals } from "@dlhub/subgraph-kit";
import { openBenchDatabase } from "./bench-database.js";
import { postQuery } from "./graphql-client.js";
import { startHubProcess } from "./hub-process.js";
import { type Summary, summarize } from "./measure.js";
import { type BenchQuery, benchQueries, catalogPage } from "./queries.js";
import { describeMachine } from "./report.js";

/** Sizes and rounds; the catalog is `npm run bench`'s. */
const RUN = { initiatives: 10_000, warmUp: 20, rounds: 15, block: 10, clients: 10, concurrentRounds: 4, concurrentMs: 3_000 };

/** off: neither; metrics: Prometheus metrics only; on: metrics and every trace exported over OTLP. */
type Mode = "off" | "metrics" | "on";
type Timing = Summary & { meanMs: number };
const MODES: Mode[] = ["off", "metrics", "on"];

/**
 * What tracing and metrics cost: three whole hubs at once on one PostgreSQL, alike but for
 * observability (off: neither; metrics: metrics recorded; on: metrics and every trace exported over
 * OTLP to a collector stand-in here). `npm run bench`'s queries are timed through each gateway in
 * blocks taken in turn, the order rotating each round, so all meet the same machine load in the
 * same window.
 * `node services/local-hub/dist/bench/overhead.js`
 */
async function main(): Promise<void> {
  const database = await openBenchDatabase(process.env.DATABASE_URL);
  const collector = await startCollector();
  const hubs: Partial<Record<Mode, { gatewayUrl: string; child: ChildProcess }>> = {};
  const stop = async () => {
    await Promise.all(Object.values(hubs).map(({ child }) => stopChild(child)));
    collector.server.close();
    await database.remove();
  };
  stopOnSignals(stop);
  try {
    console.log(`Starting three hubs and growing each catalog to ${RUN.initiatives.toLocaleString("en-US")} initiatives …`);
    const started = await Promise.all(MODES.map((mode) => startHub(mode, database.serverUrl, collector.url)));
    MODES.forEach((mode, i) => (hubs[mode] = started[i]));
    const urls = Object.fromEntries(MODES.map((mode) => [mode, hubs[mode]!.gatewayUrl])) as Record<Mode, string>;
    const rows: string[] = [];
    for (const query of benchQueries) {
      console.log(`Timing ${query.label} …`);
      rows.push(row(query.label, await interleaved(query, urls)));
    }
    console.log(`Timing ${catalogPage.label} with ${RUN.clients} clients …`);
    const concurrent = await interleavedConcurrent(catalogPage, urls);
    const memory = Object.fromEntries(MODES.map((mode) => [mode, residentMiB(hubs[mode]!.child)]));
    console.log(
      [
        `\n## Tracing and metrics: on vs off (${new Date().toISOString()})`,
        `${describeMachine().cpu}, ${describeMachine().cores} cores, Node ${process.version}; ${RUN.initiatives.toLocaleString("en-US")} initiatives; ${RUN.rounds} rounds of ${RUN.block} requests per hub and query, in turn`,
        "",
        "| query | median off / metrics / on (ms) | mean off / metrics / on (ms) | mean: metrics, on vs off |",
        "|---|---|---|---|",
        ...rows,
        `| ${catalogPage.label}, ${RUN.clients} clients | p90 ${MODES.map((m) => ms(concurrent[m].p90Ms)).join(" / ")} | ${MODES.map((m) => concurrent[m].perSecond.toFixed(1)).join(" / ")} req/s | throughput ${percent(concurrent.metrics.perSecond / concurrent.off.perSecond - 1)}, ${percent(concurrent.on.perSecond / concurrent.off.perSecond - 1)} |`,
        "",
        `Spans received by the collector stand-in: ${collector.spansBytes.requests} exports, ${(collector.spansBytes.bytes / 1024).toFixed(0)} KiB.`,
        `Resident memory: ${MODES.map((m) => `${m} ${memory[m]} MiB`).join(", ")}.`,
      ].join("\n"),
    );
  } finally {
    await stop();
  }
}

function startHub(mode: Mode, serverUrl: string, collectorUrl: string): Promise<{ gatewayUrl: string; child: ChildProcess }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("OTEL_") && name !== "DLHUB_METRICS"));
  const env = { ...inherited, DLHUB_METRICS: mode === "off" ? "off" : "on", ...(mode === "on" ? { OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl } : {}) };
  return startHubProcess("overhead-hub.js", [serverUrl, String(RUN.initiatives)], mode, env);
}

/** The hubs in turn, the first one rotating each round. */
const order = (round: number) => MODES.map((_, i) => MODES[(i + round) % MODES.length]);

/** Blocks of sequential requests to each hub in turn. */
async function interleaved(query: BenchQuery, urls: Record<Mode, string>): Promise<Record<Mode, Timing>> {
  const latencies: Record<Mode, number[]> = { off: [], metrics: [], on: [] };
  for (const mode of MODES) for (let i = 0; i < RUN.warmUp; i += 1) await postQuery(urls[mode], query.query);
  for (let round = 0; round < RUN.rounds; round += 1) {
    for (const mode of order(round)) {
      for (let i = 0; i < RUN.block; i += 1) {
        const sent = performance.now();
        await postQuery(urls[mode], query.query);
        latencies[mode].push(performance.now() - sent);
      }
    }
  }
  const timing = (values: number[]) => ({ ...summarize(values, 0), meanMs: values.reduce((sum, v) => sum + v, 0) / values.length });
  return { off: timing(latencies.off), metrics: timing(latencies.metrics), on: timing(latencies.on) };
}

/** `clients` clients on one hub for a while, then on the next, in turn; throughput by hub. */
async function interleavedConcurrent(query: BenchQuery, urls: Record<Mode, string>): Promise<Record<Mode, Summary>> {
  const runs = Object.fromEntries(MODES.map((mode) => [mode, { latencies: [] as number[], elapsedMs: 0 }])) as Record<Mode, { latencies: number[]; elapsedMs: number }>;
  for (let round = 0; round < RUN.concurrentRounds; round += 1) {
    for (const mode of order(round)) {
      const started = performance.now();
      const client = async () => {
        while (performance.now() - started < RUN.concurrentMs) {
          const sent = performance.now();
          await postQuery(urls[mode], query.query);
          runs[mode].latencies.push(performance.now() - sent);
        }
      };
      await Promise.all(Array.from({ length: RUN.clients }, client));
      runs[mode].elapsedMs += performance.now() - started;
    }
  }
  return Object.fromEntries(MODES.map((mode) => [mode, summarize(runs[mode].latencies, runs[mode].elapsedMs)])) as Record<Mode, Summary>;
}

/** A collector stand-in: takes every export and answers as a collector does, counting what came. */
async function startCollector() {
  const spansBytes = { requests: 0, bytes: 0 };
  const server = createServer((request, response) => {
    request.on("data", (chunk: Buffer) => (spansBytes.bytes += chunk.length));
    request.on("end", () => {
      spansBytes.requests += 1;
      response.writeHead(200, { "content-type": "application/x-protobuf" }).end();
    });
  });
  const port = await listenOn(server, 0);
  return { url: `http://127.0.0.1:${port}`, server, spansBytes };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function residentMiB(child: ChildProcess): string {
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return (kib / 1024).toFixed(0);
}

const ms = (value: number) => value.toFixed(1);
const percent = (ratio: number) => `${ratio >= 0 ? "+" : ""}${(ratio * 100).toFixed(1)} %`;

function row(label: string, timed: Record<Mode, Timing>): string {
  const { off, metrics, on } = timed;
  return `| ${label} | ${MODES.map((m) => ms(timed[m].medianMs)).join(" / ")} | ${MODES.map((m) => ms(timed[m].meanMs)).join(" / ")} | ${percent(metrics.meanMs / off.meanMs - 1)}, ${percent(on.meanMs / off.meanMs - 1)} |`;
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("The overhead benchmark failed:", error);
    process.exit(1);
  },
);
