import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "@dlhub/subgraph-kit";
import { describeMachine, load } from "@dlhub/local-hub/dist/bench/report.js";
import { type BenchEnv, readBenchEnv } from "./env.js";
import { type Expected, type Measurement, measureTarget } from "./measure.js";
import { type WorkloadResult, renderReport } from "./report.js";
import { targets } from "./targets/targets.js";
import { type Workload, workloads } from "./workloads.js";

/**
 * `npm run bench:gateway`: DL Hub's gateway, stock @apollo/gateway and Hive Gateway (Rust planner,
 * in-flight deduplication on and off) side by side, in interleaved rounds, over the Guild-shaped
 * workload and the coordinator's saved queries. Settings: env.ts. Writes
 * results/report-<date>.md (and the raw figures beside it) and prints the report.
 */
async function main(): Promise<void> {
  const env = readBenchEnv();
  const highest = Math.max(Number(env.targetCpu), Number(env.loadCpu));
  if (highest >= cpus().length) throw new ConfigurationError([`TARGET_CPU, LOAD_CPU: this machine has CPUs 0–${cpus().length - 1}`]);
  const date = new Date();
  const loadBefore = load();
  const results: WorkloadResult[] = [];
  for (const name of env.workloads) results.push(await runWorkload(env, workloads[name]));
  const report = renderReport({ date, commit: currentCommit(), machine: describeMachine(), loadBefore, loadAfter: load(), env, targets: env.targets.map((t) => targets[t]), workloads: results });
  mkdirSync(env.resultsDir, { recursive: true });
  const stamp = date.toISOString().replace(/[:.]/g, "-");
  writeFileSync(join(env.resultsDir, `report-${stamp}.md`), `${report}\n`);
  writeFileSync(join(env.resultsDir, `measurements-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${report}\n\nWritten to ${join(env.resultsDir, `report-${stamp}.md`)}`);
}

function currentCommit(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: __dirname, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: __dirname, encoding: "utf8" }).trim();
    return dirty ? `${commit} with uncommitted changes` : commit;
  } catch {
    return "unknown (not a git checkout)";
  }
}

async function runWorkload(env: BenchEnv, workload: Workload): Promise<WorkloadResult> {
  const scenarios = workload.scenarios(env);
  const connections = env.connections ?? workload.defaultConnections;
  console.error(`${workload.name}: starting the subgraphs …`);
  const running = await workload.start(env);
  try {
    const expected: Expected = new Map();
    const measurements: Measurement[] = [];
    for (let round = 1; round <= env.rounds; round += 1) {
      for (const name of env.targets) {
        console.error(`${workload.name}, round ${round}/${env.rounds}: ${name} …`);
        const measured = await measureTarget({ env, round, target: targets[name], workload: running, scenarios, connections, expected });
        for (const m of measured) console.error(`  ${m.scenario}: ${m.requestsPerSecond.toFixed(1)} req/s, p99 ${m.p99Ms} ms, CPU ${m.cpuPercent.toFixed(0)} %, RSS ${m.maxRssMiB.toFixed(0)} MiB`);
        measurements.push(...measured);
      }
    }
    return {
      title: workload.title,
      connections,
      subgraphs: running.description,
      scenarios: scenarios.map((s) => s.name),
      measurements,
      verified: { bodies: expected.size, bytes: [...new Set([...expected.values()].map((e) => e.bytes))] },
    };
  } finally {
    await running.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof ConfigurationError ? error.message : "The gateway benchmark failed:", error instanceof ConfigurationError ? "" : error);
    process.exit(1);
  },
);
