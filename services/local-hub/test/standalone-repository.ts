import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface CommandResult {
  code: number | null;
  output: string;
}

/**
 * The environment a department's own machine or CI would have: this process's, without what npm
 * and jest set for the DL Hub checkout (npm_* settings, jest's worker, the test database), so
 * nothing the department runs can find or touch the monorepo.
 */
export function outsideEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(npm_|jest_)/i.test(name) || ["INIT_CWD", "DATABASE_URL", "DLHUB_TEST_SERVER_URL", "DLHUB_TOKEN", "DLHUB_REGISTRY_URL"].includes(name)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

/** Runs a command to its end, stdout and stderr together; never throws on a failing exit code. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = outsideEnv()): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

/** Like run, but a failure throws with what the command printed, for the steps a test builds on. */
export async function runOk(command: string, args: string[], cwd: string, env?: Record<string, string>): Promise<string> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) throw new Error(`${command} ${args.join(" ")} in ${cwd} exited ${result.code}:\n${result.output.slice(-6000)}`);
  return result.output;
}

interface WorkflowStep {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}

/** What the CI would give the job: the repository's variables and secrets by name. */
export interface CiSettings {
  vars: Record<string, string>;
  secrets: Record<string, string>;
}

/**
 * Runs one step of the repository's GitHub Actions workflow as the runner would: its `run:`
 * script under bash with GitHub's flags, with the job's and the step's `env:` where every
 * `${{ vars.X }}` and `${{ secrets.X }}` is the CI's setting. Any other expression fails the test,
 * since this runner could not reproduce it: the recipe itself is what is tested.
 */
export function runWorkflowStep(repository: string, stepId: string, ci: CiSettings, extraEnv: Record<string, string>): Promise<CommandResult> {
  const workflow = parse(readFileSync(join(repository, ".github", "workflows", "dlhub.yml"), "utf8")) as {
    jobs: Record<string, { env?: Record<string, string>; steps: WorkflowStep[] }>;
  };
  const [job] = Object.values(workflow.jobs);
  const step = job?.steps.find((s) => s.id === stepId);
  if (!job || !step?.run) throw new Error(`the workflow has no step with id ${stepId} and a run: script`);
  if (step.run.includes("${{")) throw new Error(`step ${stepId}'s script uses an expression this runner cannot reproduce`);
  const expand = (value: string) =>
    String(value).replace(/\$\{\{\s*(vars|secrets)\.([A-Z0-9_]+)\s*\}\}/g, (_, kind: "vars" | "secrets", name: string) => {
      const setting = ci[kind][name];
      if (setting === undefined) throw new Error(`the workflow needs ${kind}.${name}, which the test's CI settings lack`);
      return setting;
    });
  const env = Object.fromEntries(Object.entries({ ...job.env, ...step.env }).map(([name, value]) => [name, expand(value)]));
  for (const [name, value] of Object.entries(env)) {
    if (value.includes("${{")) throw new Error(`step ${stepId}: ${name} uses an expression this runner cannot reproduce: ${value}`);
  }
  return run("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], repository, outsideEnv({ ...extraEnv, ...env }));
}
