import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "@dlhub/subgraph-kit";
import { AnswerMismatch, fetchAnswer, firstDifference } from "./answers.js";
import { type BenchEnv } from "./env.js";
import { type LoadPlan, type LoadResult } from "./load.js";
import { type Usage, sampleCpu, sampleUsage } from "./sample.js";
import { type Target } from "./targets/targets.js";
import { type RunningWorkload, type Scenario } from "./workloads.js";

const run = promisify(execFile);

export interface Measurement extends LoadResult, Usage {
  round: number;
  target: Target["name"];
  scenario: string;
  /** How busy the load core was (load generator, subgraphs, anything else there): near 100, it set the pace. */
  loadCpuBusyPercent: number;
  /** Subgraph requests one gateway request causes alone (the query plan's fetches), where the subgraphs count them. */
  subgraphFetchesAlone?: number;
  /** Subgraph requests per answered request under load: below `alone` when a gateway merges identical fetches. */
  subgraphFetchesUnderLoad?: number;
}

/** Stock's answers, by scenario and body: what every other target must answer. */
export type Expected = Map<string, { answer: string; bytes: number }>;

interface Slot {
  env: BenchEnv;
  round: number;
  target: Target;
  workload: RunningWorkload;
  scenarios: Scenario[];
  connections: number;
  expected: Expected;
}

/**
 * One target's turn in one round: started fresh on its own core, every answer checked against
 * stock's (stock's become the reference), warmed up, then each scenario measured under load with
 * its CPU and memory sampled, and every answer checked again afterwards. Stopped at the end, pass
 * or fail.
 */
export async function measureTarget(slot: Slot): Promise<Measurement[]> {
  const { env, target, round } = slot;
  const { process: gateway, url } = target.start(slot.workload.supergraphPath, await freePort(), env.targetCpu, env);
  try {
    await waitUntilServing(url, slot.scenarios[0].bodies[0], gateway.output);
    await verify(slot, url, "before");
    for (const scenario of slot.scenarios) await load(env, { url, connections: slot.connections, durationS: env.warmUpS, bodies: scenario.bodies });
    const measurements: Measurement[] = [];
    for (const scenario of slot.scenarios) {
      const alone = await fetchesAlone(slot.workload, url, scenario.bodies[0]);
      const before = await quietCount(slot.workload);
      const usage = sampleUsage(gateway.pid);
      const loadCore = sampleCpu(env.loadCpu);
      const result = await load(env, { url, connections: slot.connections, durationS: env.durationS, bodies: scenario.bodies });
      const used = usage.stop();
      const loadCpuBusyPercent = loadCore.stop();
      const after = await quietCount(slot.workload);
      if (result.non2xx > 0) throw new Error(`${target.name}, ${scenario.name}: ${result.non2xx} answers were not HTTP 200 under load`);
      measurements.push({
        round,
        target: target.name,
        scenario: scenario.name,
        ...result,
        ...used,
        loadCpuBusyPercent,
        ...(alone !== undefined ? { subgraphFetchesAlone: alone } : {}),
        // When the run stops, each connection has one request in flight that the gateway still
        // answers (and fetches for) but autocannon no longer counts: those are requests of the run too.
        ...(before !== undefined && after !== undefined ? { subgraphFetchesUnderLoad: (after - before) / (result.requests + slot.connections) } : {}),
      });
    }
    await verify(slot, url, "after");
    return measurements;
  } catch (error) {
    throw new Error(`${target.name} (round ${round}): ${(error as Error).message}\n${gateway.output().slice(-800)}`);
  } finally {
    await gateway.stop();
  }
}

/** Every body of every scenario answered as stock answered it; stock's own answers become the reference. */
async function verify(slot: Slot, url: string, when: "before" | "after"): Promise<void> {
  for (const scenario of slot.scenarios) {
    for (const [i, body] of scenario.bodies.entries()) {
      const key = `${scenario.name}#${i}`;
      const got = await fetchAnswer(url, body);
      const expected = slot.expected.get(key);
      if (!expected) {
        slot.expected.set(key, got);
        continue;
      }
      if (got.answer !== expected.answer) {
        throw new AnswerMismatch(`${scenario.name}, request ${i + 1}: the answer ${when} the run differs from stock's, ${firstDifference(expected.answer, got.answer)}`);
      }
    }
  }
}

/**
 * The subgraphs' request count once it has stopped moving: when the load generator stops, the
 * gateway is still finishing the requests it had in flight, and their fetches belong to this run.
 */
async function quietCount(workload: RunningWorkload): Promise<number | undefined> {
  if (!workload.subgraphRequests) return undefined;
  let last = await workload.subgraphRequests();
  for (let i = 0; i < 50; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await workload.subgraphRequests();
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** The subgraph requests one request causes on a quiet gateway: its query plan's fetches. */
async function fetchesAlone(workload: RunningWorkload, url: string, body: string): Promise<number | undefined> {
  const before = await quietCount(workload);
  if (before === undefined) return undefined;
  await fetchAnswer(url, body);
  return ((await quietCount(workload)) as number) - before;
}

async function waitUntilServing(url: string, body: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not serving within 60 s; it wrote:\n${output()}`);
}

/** One load run in the load generator's own process, pinned to the load core. */
export async function load(env: Pick<BenchEnv, "loadCpu">, plan: LoadPlan): Promise<LoadResult> {
  const { stdout } = await run("taskset", ["-c", env.loadCpu, process.execPath, join(__dirname, "load.js"), JSON.stringify(plan)], {
    maxBuffer: 1 << 20,
    timeout: (plan.durationS + 60) * 1000,
  });
  const line = stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as LoadResult;
}
