import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

/** Clock ticks per second, the unit of /proc/<pid>/stat's CPU times (100 on every Linux we run). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface Usage {
  /** Average over the sampled window; 100 is one core busy all the time. */
  cpuPercent: number;
  cpuSeconds: number;
  /** Largest resident set seen, in MiB. */
  maxRssMiB: number;
}

/** The process and every descendant (a gateway that forks workers is measured whole). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(statFields(Number(entry))[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // It exited between the listing and the read.
    }
  }
  const tree: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** /proc/<pid>/stat's fields after the command name, which may itself hold spaces and parentheses. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function snapshot(root: number): { ticks: number; rssKiB: number } {
  let ticks = 0;
  let rssKiB = 0;
  for (const pid of processTree(root)) {
    try {
      const fields = statFields(pid);
      // utime and stime: fields 14 and 15 of stat(5), 11 and 12 after the name.
      ticks += Number(fields[11]) + Number(fields[12]);
      rssKiB += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // It exited while being read.
    }
  }
  return { ticks, rssKiB };
}

/**
 * Samples a process tree's CPU time and memory every `intervalMs` until `stop()`: CPU% over the
 * whole window (from the first and last reading, not an average of noisy samples), RSS at its peak.
 */
export function sampleUsage(pid: number, intervalMs = 500): { stop(): Usage } {
  const first = snapshot(pid);
  const started = process.hrtime.bigint();
  let maxRssKiB = first.rssKiB;
  const timer = setInterval(() => (maxRssKiB = Math.max(maxRssKiB, snapshot(pid).rssKiB)), intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const last = snapshot(pid);
      const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
      const cpuSeconds = (last.ticks - first.ticks) / TICKS_PER_SECOND;
      return { cpuPercent: (100 * cpuSeconds) / elapsedS, cpuSeconds, maxRssMiB: Math.max(maxRssKiB, last.rssKiB) / 1024 };
    },
  };
}

/** CPU seconds one process (not its children) has used so far. */
export function ownCpuSeconds(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Busy and total jiffies of one CPU so far, from /proc/stat's `cpuN` line. */
function cpuTimes(cpu: string): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n").find((l) => l.startsWith(`cpu${cpu} `));
  if (!line) return { busy: 0, total: 0 };
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/**
 * How busy one whole CPU was over a window (every process on it, 100 = never idle). On the load
 * core it says whether the load generator and the subgraphs, not the target, set the pace.
 */
export function sampleCpu(cpu: string): { stop(): number } {
  const first = cpuTimes(cpu);
  return {
    stop: () => {
      const last = cpuTimes(cpu);
      return last.total > first.total ? (100 * (last.busy - first.busy)) / (last.total - first.total) : 0;
    },
  };
}
