import { type ChildProcess, spawn } from "node:child_process";

export interface ServiceProcess {
  /** What the service said it listens at (the first capture of `listening`). */
  url: string;
  /** Everything it wrote so far, stdout and stderr together. */
  output(): string;
  /** Its process id: a test may signal it, or tell it from processes it started. */
  pid: number;
  /** How it ended (`code` 0: it stopped cleanly); null while it runs. */
  exit(): { code: number | null; signal: NodeJS.Signals | null } | null;
  /** SIGTERM, as a cluster stops a service; SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>;
}

/**
 * Runs a built service's entry point (`node <script>`) as a process of its own, as production
 * does, with `env` added to this process's environment (a variable set to undefined is left out:
 * a CI's DATABASE_URL, say); resolves once a line of its output matches `listening`, whose first
 * group is the URL it serves.
 */
export function startServiceProcess(script: string, env: Record<string, string | undefined>, listening: RegExp, timeoutMs = 60_000): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not say it was listening within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${script} ${why}:\n${output.slice(-4000)}`));
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = listening.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.off("exit", exitedEarly);
      child.stdout?.off("data", read);
      child.stdout?.on("data", (more: Buffer) => (output += more.toString()));
      resolve({
        url: match[1],
        output: () => output,
        pid: child.pid as number,
        exit: () => (child.exitCode !== null || child.signalCode !== null ? { code: child.exitCode, signal: child.signalCode } : null),
        stop: () => stopProcess(child, exited),
      });
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exitedEarly = (code: number | null, signal: string | null) => fail(`exited (${signal ?? code}) before listening`);
    child.once("exit", exitedEarly);
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
