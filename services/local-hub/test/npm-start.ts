import { type ChildProcess, execFile, spawn } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { freePort } from "@dlhub/subgraph-kit";
import { departments } from "@dlhub/local-hub";

const REPOSITORY = resolve(__dirname, "../../..");
const MAIN = resolve(REPOSITORY, "services/local-hub/dist/main.js");

/** A running `npm start` (the built main.js), with everything it printed so far. */
export interface NpmStart {
  gatewayUrl: string;
  output(): string;
  /** Ctrl-C, as a person stops it; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Settings for `npm start` on ports of its own, with none of this process's database or secret
 * settings: only what `extra` sets (HOME, XDG_DATA_HOME, TMPDIR, DLHUB_DATA_DIR…) decides where
 * its data lives.
 */
export async function npmStartEnv(extra: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn", HUB_SYNC_INTERVAL_MS: "200" };
  for (const name of ["DATABASE_URL", "DLHUB_DATA_DIR", "DLHUB_TOKEN_SECRET", "DLHUB_FORWARDING_SECRET", "XDG_DATA_HOME"]) delete env[name];
  for (const name of ["GATEWAY", "REGISTRY", "HUB", ...departments.map((d) => d.definition.name.toUpperCase().replace(/-/g, "_"))]) {
    env[`${name}_PORT`] = String(await freePort());
  }
  return { ...env, ...extra };
}

/** Starts main.js and resolves once it says the hub is up (rejects with its output if it exits first). */
export async function startNpmStart(env: NodeJS.ProcessEnv): Promise<NpmStart> {
  const child = spawn(process.execPath, [MAIN], { cwd: REPOSITORY, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((done, fail) => {
    const check = () => output.includes("DL Hub is up") && done();
    child.stdout?.on("data", check);
    child.once("exit", (code) => fail(new Error(`npm start exited with ${code} before it was up:\n${output}`)));
  });
  return { gatewayUrl: `http://localhost:${env.GATEWAY_PORT}/graphql`, output: () => output, stop: () => interrupt(child) };
}

function interrupt(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGINT");
  });
}

/** Runs Node in the repository as a person's command would (`npx dlhub …` is `node cli/bin/dlhub.js …`); its stdout. */
export async function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return (await promisify(execFile)(process.execPath, args, { cwd: REPOSITORY, env })).stdout.trim();
}
