import { cpus, loadavg, release, totalmem, type } from "node:os";
import { type CatalogGrowth } from "./grow-catalog.js";
import { type Resync } from "./resync.js";
import { type ConcurrentTiming, type FailedQuery, type QueryTiming } from "./time-queries.js";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}

export function describeMachine(): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? "unknown",
    cores: cores.length,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    os: `${type()} ${release()}`,
  };
}

/** The 1-minute load average, to tell a quiet machine from a busy one when comparing runs. */
export const load = () => loadavg()[0];

export interface BenchResults {
  date: Date;
  machine: Machine;
  database: string;
  loadBefore: number;
  loadAfter: number;
  growth: CatalogGrowth;
  places: { places: number; seeded: number; queries: (QueryTiming | FailedQuery)[] };
  queries: (QueryTiming | FailedQuery)[];
  /** The coordinator's saved queries, as registered, at the grown catalog. */
  saved: (QueryTiming | FailedQuery)[];
  concurrent: ConcurrentTiming;
  resync: Resync;
  warmUp: number;
}

const ms = (value: number) => value.toFixed(1);
const int = (value: number) => Math.round(value).toLocaleString("en-US");
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

function growthSection(g: CatalogGrowth): string[] {
  return [
    "## Catalog growth",
    "",
    `- Demo data: ${int(g.seeded)} initiatives; ${g.copies} copies of each (with sites, partners, outcomes and department rows) → ${int(g.total)}`,
    `  (${g.departments.map((d) => `${d.name} ${int(d.initiatives)}`).join(", ")}).`,
    `- Copying in SQL: ${seconds(g.insertMs)}; it added ${int(g.changeRows)} rows to the departments' change logs.`,
    `- After the first department's commit, the catalog counted every initiative in ${seconds(g.visibleMs)} and had applied`,
    `  every change in ${seconds(g.catchUpMs)}: **${int(g.syncedPerSecond)} initiatives/s** synced.`,
    `- The place catalog then held ${int(g.places)} places (the copies' KEYSPOTs, labs and venues are places too).`,
    "",
  ];
}

function latencyRow(timing: QueryTiming | FailedQuery): string {
  if ("failure" in timing) return `| ${timing.label} | — | 0 | | | | | | | did not answer: ${timing.failure.replace(/\|/g, "/")} |`;
  const { label, rows, summary: s, statements: q } = timing;
  return `| ${label} | ${rows} | ${s.requests} | ${ms(s.minMs)} | ${ms(s.medianMs)} | ${ms(s.p90Ms)} | ${ms(s.p99Ms)} | ${ms(s.maxMs)} | ${s.perSecond.toFixed(0)} | ${q.mean.toFixed(1)} (${q.min}–${q.max}) |`;
}

function latencySection(queries: (QueryTiming | FailedQuery)[], warmUp: number): string[] {
  return [
    `## Latency through the gateway (sequential, after ${warmUp} warm-up requests)`,
    "",
    "| query | rows | requests | min ms | median ms | p90 ms | p99 ms | max ms | req/s | SQL statements/request (min–max) |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...queries.map(latencyRow),
    "",
  ];
}

function resyncSection(r: Resync): string[] {
  return [
    "## Catch-up from a rewound feed",
    "",
    `- The catalog emptied as a new copy of the hub starts (its ${int(r.initiatives)} initiatives, their roll-ups and counts) and every initiative feed rewound, with the departments idle:`,
    `  the hub applied every change again in ${seconds(r.catchUpMs)}: **${int(r.syncedPerSecond)} initiatives/s**.`,
    "",
  ];
}

function concurrencySection(c: ConcurrentTiming): string[] {
  const s = c.summary;
  return [
    `## Concurrency: ${c.label}, ${c.clients} clients for ${seconds(c.durationMs)}`,
    "",
    "| requests | req/s | p50 ms | p99 ms | max ms |",
    "|--:|--:|--:|--:|--:|",
    `| ${s.requests} | ${s.perSecond.toFixed(0)} | ${ms(s.medianMs)} | ${ms(s.p99Ms)} | ${ms(s.maxMs)} |`,
    "",
  ];
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  return [
    `# DL Hub benchmark, ${r.date.toISOString()}`,
    "",
    `- Machine: ${m.cpu} × ${m.cores}, ${m.memoryGiB.toFixed(1)} GiB RAM, Node ${m.node}, ${m.os}`,
    `- 1-minute load average: ${r.loadBefore.toFixed(2)} before, ${r.loadAfter.toFixed(2)} after`,
    `- Database: ${r.database}`,
    "- PostgreSQL, the four departments, the hub and the gateway run on this machine over loopback; the subgraphs,",
    "  the gateway and the benchmark's clients share one Node.js process, so the client's own work is in every number.",
    "",
    `## Places: ${int(r.places.places)} in the place catalog (${int(r.places.seeded)} from the demo data, the rest demo corridors added)`,
    "",
    ...latencySection(r.places.queries, r.warmUp).slice(1),
    ...growthSection(r.growth),
    ...latencySection(r.queries, r.warmUp),
    "### The coordinator's saved queries (operations/coordinator.graphql, default variables)",
    "",
    ...latencySection(r.saved, r.warmUp).slice(2),
    ...concurrencySection(r.concurrent),
    ...resyncSection(r.resync),
  ].join("\n");
}
