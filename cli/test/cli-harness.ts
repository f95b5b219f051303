import { runDlhub } from "../src/run";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The `--json` document every command prints on stdout. */
export interface CliJson<T = unknown> {
  ok: boolean;
  data: T;
  error: { code: string; message: string } | null;
}

/**
 * Runs one dlhub command line in process, exactly as the bin does (argv in; text or JSON and an exit
 * code out), with the registry and folder the test gives it.
 */
export async function runCli(argv: string[], options: { registryUrl: string; cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  const out = { stdout: "", stderr: "" };
  const code = await runDlhub(argv, {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    env: { DLHUB_REGISTRY_URL: options.registryUrl, ...options.env },
    cwd: options.cwd,
  });
  return { code, ...out };
}

/** A `--json` run's document; fails the test with the output when stdout is not one JSON document. */
export function jsonOf<T>(run: CliRun): CliJson<T> {
  try {
    return JSON.parse(run.stdout) as CliJson<T>;
  } catch {
    throw new Error(`expected one JSON document on stdout, got:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}
