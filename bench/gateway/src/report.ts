import { type Machine } from "@dlhub/local-hub/dist/bench/report.js";
import { type BenchEnv } from "./env.js";
import { type Measurement } from "./measure.js";
import { type Target, type TargetName } from "./targets/targets.js";

export interface WorkloadResult {
  title: string;
  connections: number;
  subgraphs: string;
  scenarios: string[];
  measurements: Measurement[];
  /** How many request bodies were checked against stock's answers, and their sizes. */
  verified: { bodies: number; bytes: number[] };
}

export interface BenchReport {
  date: Date;
  /** The checkout measured, so a before and an after can be told apart. */
  commit: string;
  machine: Machine;
  loadBefore: number;
  loadAfter: number;
  env: BenchEnv;
  targets: Target[];
  workloads: WorkloadResult[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fixed = (value: number, digits = 1) => value.toFixed(digits);
const ratio = (value: number) => `${value.toFixed(2)}×`;

/** Each target's run in a round divided by stock's run in the same round: drift of the machine cancels out. */
function ratios(rows: Measurement[], name: TargetName): number[] {
  return rows
    .filter((m) => m.target === name)
    .map((m) => m.requestsPerSecond / (rows.find((s) => s.target === "stock" && s.round === m.round) as Measurement).requestsPerSecond);
}

function scenarioSection(report: BenchReport, workload: WorkloadResult, scenario: string): string[] {
  const rows = workload.measurements.filter((m) => m.scenario === scenario);
  const of = (name: TargetName) => rows.filter((m) => m.target === name);
  const summary = report.targets.map((t) => {
    const mine = of(t.name);
    const r = ratios(rows, t.name);
    const alone = mine.map((m) => m.subgraphFetchesAlone).filter((v): v is number => v !== undefined);
    const underLoad = mine.map((m) => m.subgraphFetchesUnderLoad).filter((v): v is number => v !== undefined);
    return (
      `| ${t.name} | ${fixed(median(mine.map((m) => m.requestsPerSecond)))} | ${ratio(median(r))} (${ratio(Math.min(...r))}–${ratio(Math.max(...r))}) ` +
      `| ${fixed(median(mine.map((m) => m.p50Ms)))} | ${fixed(median(mine.map((m) => m.p99Ms)))} | ${fixed(median(mine.map((m) => m.cpuPercent)), 0)} ` +
      `| ${fixed(median(mine.map((m) => (1000 * m.cpuSeconds) / m.requests)), 2)} | ${fixed(Math.max(...mine.map((m) => m.maxRssMiB)), 0)} ` +
      `| ${alone.length ? `${median(alone)} / ${fixed(median(underLoad), 2)}` : "–"} | ${fixed(median(mine.map((m) => m.loadCpuBusyPercent)), 0)} | ${mine.reduce((sum, m) => sum + m.errors, 0)} |`
    );
  });
  const rounds = [...new Set(rows.map((m) => m.round))];
  const perRound = rounds.map(
    (round) =>
      `| ${round} | ${report.targets
        .map((t) => {
          const m = rows.find((x) => x.target === t.name && x.round === round) as Measurement;
          const stock = rows.find((x) => x.target === "stock" && x.round === round) as Measurement;
          return `${fixed(m.requestsPerSecond)} (${ratio(m.requestsPerSecond / stock.requestsPerSecond)})`;
        })
        .join(" | ")} |`,
  );
  return [
    `### ${scenario}, ${workload.connections} connections`,
    "",
    "| target | req/s (median) | × stock, per round: median (min–max) | p50 ms | p99 ms | CPU % | CPU ms/request | RSS max MiB | subgraph fetches/request: alone / under load | load core busy % | socket errors |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...summary,
    "",
    `Per round, req/s (× stock in that round):`,
    "",
    `| round | ${report.targets.map((t) => t.name).join(" | ")} |`,
    `|--:|${report.targets.map(() => "--:").join("|")}|`,
    ...perRound,
    "",
  ];
}

export function renderReport(report: BenchReport): string {
  const { env, machine: m } = report;
  return [
    `# Gateway benchmark, ${report.date.toISOString()}`,
    "",
    `- Code: commit ${report.commit}.`,
    `- Machine: ${m.cpu} × ${m.cores}, ${m.memoryGiB.toFixed(1)} GiB RAM, Node ${m.node}, ${m.os}; 1-minute load average ${fixed(report.loadBefore, 2)} before, ${fixed(report.loadAfter, 2)} after.`,
    `- Placement: each target a separate process pinned to CPU ${env.targetCpu} (\`taskset -c ${env.targetCpu}\`); the load generator (autocannon, its own process) and the subgraphs pinned to CPU ${env.loadCpu}${report.targets.some((t) => t.name.startsWith("dlhub-workers")) ? `; except \`dlhub-workers\` and \`dlhub-workers-dedup-off\` (two workers), pinned to CPUs ${env.targetCpu} and ${env.loadCpu} (\`taskset -c ${env.targetCpu},${env.loadCpu}\`): one of its workers shares the load generator's core` : ""}.`,
    `- Method: ${env.rounds} round(s), targets in the same order each round (${report.targets.map((t) => t.name).join(", ")}), each started fresh; ${env.warmUpS} s warm-up per scenario, then ${env.durationS} s measured per scenario; closed loop (a fixed number of connections, each sending its next request when the last is answered).`,
    "- Answers: every target's answer to every request body is compared with stock's (the `data`, parsed; field order counts) before and after it is measured; a mismatch, an error or a non-200 answer fails the run.",
    "- CPU % and RSS are the target process's, from /proc/<pid>/stat and /proc/<pid>/status (100 % = one core); CPU ms/request = its CPU time over the requests answered. Load core busy % is the whole load CPU's (/proc/stat): near 100, the load generator and subgraphs, not the target, set the pace.",
    "- Figures are from this shared VM and only comparable within a round; the ratios are the result.",
    "",
    "Targets:",
    "",
    ...report.targets.map((t) => `- \`${t.name}\`: ${t.label}`),
    "",
    ...report.workloads.flatMap((w) => [
      `## ${w.title}`,
      "",
      `Subgraphs: ${w.subgraphs}.`,
      "",
      `Answers verified identical to stock's: yes (${w.verified.bodies} request ${w.verified.bodies === 1 ? "body" : "bodies"}, answers of ${w.verified.bytes.map((b) => `${(b / 1024).toFixed(1)} KB`).join(", ")}).`,
      "",
      ...w.scenarios.flatMap((s) => scenarioSection(report, w, s)),
    ]),
  ].join("\n");
}
