/** One build's measurement in one round. */
export interface BuildResult {
  round: number;
  build: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The local hub process's own CPU (every subgraph, the hub's among them, serves from it). */
  hubCpuMsPerRequest: number;
  /** Its PostgreSQL's (the process's descendants). */
  postgresCpuMsPerRequest: number;
  maxRssMiB: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The Markdown report: every round's figures, then each build's medians and its ratio to the baseline within each round. */
export function renderHubPageReport(results: BuildResult[], env: { rounds: number; durationS: number; warmupS: number; connections: number; targetCpu: string; loadCpu: string }): string {
  const lines = [
    `# The hub's catalog page, called directly`,
    "",
    `CatalogPage (first: 20) on the demo catalog; ${env.rounds} rounds × ${env.durationS} s after ${env.warmupS} s of warm-up, ${env.connections} connections; ` +
      `the local hub and its PostgreSQL on CPU ${env.targetCpu}, autocannon on CPU ${env.loadCpu}.`,
    "",
    "| round | build | req/s | p50 ms | p99 ms | hub CPU ms/request | PostgreSQL CPU ms/request | RSS max MiB |",
    "|--:|---|--:|--:|--:|--:|--:|--:|",
    ...results.map(
      (r) =>
        `| ${r.round} | ${r.build} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50Ms} | ${r.p99Ms} | ${r.hubCpuMsPerRequest.toFixed(2)} | ${r.postgresCpuMsPerRequest.toFixed(2)} | ${r.maxRssMiB.toFixed(0)} |`,
    ),
  ];
  const builds = [...new Set(results.map((r) => r.build))];
  if (builds.length > 1) {
    const [baseline, ...others] = builds;
    lines.push("", `| build | req/s (median) | × ${baseline} per round: median (min–max) | hub CPU ms/request (median) |`, "|---|--:|--:|--:|");
    for (const build of [baseline, ...others]) {
      const own = results.filter((r) => r.build === build);
      const ratios = own.map((r) => r.requestsPerSecond / (results.find((b) => b.build === baseline && b.round === r.round)?.requestsPerSecond ?? NaN));
      lines.push(
        `| ${build} | ${median(own.map((r) => r.requestsPerSecond)).toFixed(1)} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${median(own.map((r) => r.hubCpuMsPerRequest)).toFixed(2)} |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
