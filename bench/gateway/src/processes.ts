import { type ChildProcess, spawn } from "node:child_process";

export interface PinnedProcess {
  pid: number;
  label: string;
  /** Everything it wrote so far (stdout and stderr), for a failure's message. */
  output(): string;
  /** Resolves with the first stdout line that `match` accepts; rejects if the process exits first. */
  line(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then SIGKILL after 10 s; resolves once it has exited. A second call waits for the same exit. */
  stop(): Promise<void>;
}

/**
 * Starts `node <args>` pinned to `cpu` with `taskset -c`, which execs node in its own place: the
 * PID returned is node's, the one whose /proc entries are sampled and the only one ever signalled.
 * The environment is exactly `env` plus PATH, so nothing of the caller's (a CI's DATABASE_URL,
 * OTEL_* settings) changes how a target runs.
 */
export function startPinned(cpu: string, args: string[], env: Record<string, string>, label: string): PinnedProcess {
  const child: ChildProcess = spawn("taskset", ["-c", cpu, process.execPath, ...args], {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const lines: string[] = [];
  const waiting: (() => void)[] = [];
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    pending += chunk.toString();
    const parts = pending.split("\n");
    pending = parts.pop() ?? "";
    lines.push(...parts);
    waiting.splice(0).forEach((wake) => wake());
  });
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    // No taskset, say: there is no process to wait for.
    child.once("error", (error) => {
      output += `\n${error.message}`;
      resolve();
    });
  });
  let failed = false;
  exited.then(() => (failed = child.exitCode === null && child.signalCode === null));
  exited.then(() => waiting.splice(0).forEach((wake) => wake()));
  let stopping: Promise<void> | undefined;
  const keep = () => output.slice(-2000);
  return {
    pid: child.pid as number,
    label,
    output: keep,
    line: (match, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${label}: no ready line within ${timeoutMs / 1000} s; it wrote:\n${keep()}`)), timeoutMs);
        const check = () => {
          const found = lines.find(match);
          if (found !== undefined) {
            clearTimeout(timer);
            return resolve(found);
          }
          if (child.exitCode !== null || child.signalCode !== null || failed) {
            clearTimeout(timer);
            return reject(new Error(`${label} exited (${child.exitCode ?? child.signalCode}) before it was ready; it wrote:\n${keep()}`));
          }
          waiting.push(check);
        };
        check();
      }),
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null || failed) return;
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(killer);
      })()),
  };
}
