import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { waitFor } from "@dlhub/subgraph-kit/testing";

/** One line of the hub's JSON log. */
export interface LogLine {
  msg: string;
  time: number;
  [field: string]: unknown;
}

export interface HubProcess {
  /** The hub's GraphQL endpoint. */
  url: string;
  log: LogLine[];
  /** The first log line with this message, once it is written. */
  logged(message: string, options?: { timeoutMs?: number }): Promise<LogLine>;
  /** Ends the process at once, as a crash or a lost machine would: no step-down, no goodbye to PostgreSQL. */
  kill(): Promise<void>;
  /** Stops it as a cluster does (SIGTERM) and waits until it has exited. */
  stop(): Promise<void>;
}

/**
 * A copy of the hub in a process of its own, started as production starts it (the built
 * `services/hub/dist/main.js`, its settings in the environment), so that a test can kill it the
 * honest way. Resolves once it listens.
 */
export async function startHubProcess(settings: Record<string, string>): Promise<HubProcess> {
  const main = resolve(__dirname, "../../hub/dist/main.js");
  const child: ChildProcess = spawn(process.execPath, [main], {
    // Only what is given: the test's own environment (DATABASE_URL in CI) must not leak into the copy.
    env: { PATH: process.env.PATH, HUB_PORT: "0", HUB_HOST: "127.0.0.1", LOG_LEVEL: "info", ...settings },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const log: LogLine[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    try {
      log.push(JSON.parse(line) as LogLine);
    } catch {
      log.push({ msg: line, time: Date.now() });
    }
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const logged = (message: string, { timeoutMs = 60_000 } = {}) =>
    Promise.race([
      waitFor(() => log.find((line) => line.msg === message), `the hub to log "${message}"`, { timeoutMs, intervalMs: 10 }),
      exited.then(() => {
        throw new Error(`the hub exited before logging "${message}"; its last lines: ${JSON.stringify(log.slice(-5))}`);
      }),
    ]);
  const end = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  try {
    const listening = await logged("subgraph listening");
    return { url: String(listening.url), log, logged, kill: end("SIGKILL"), stop: end("SIGTERM") };
  } catch (error) {
    await end("SIGKILL")();
    throw error;
  }
}
