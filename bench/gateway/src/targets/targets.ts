import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type PinnedProcess, startPinned } from "../processes.js";

/** Stock first: in every round its answers are taken before any other target is checked against them. */
export const TARGET_NAMES = ["stock", "dlhub", "dlhub-workers", "dlhub-workers-dedup-off", "dlhub-cache-off", "dlhub-dedup-off", "dlhub-baseline", "hive-dedup-on", "hive-dedup-off"] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface Target {
  name: TargetName;
  /** What the report calls it. */
  label: string;
  /** Starts it pinned to `cpu`, serving `supergraphPath` on 127.0.0.1:`port`; returns the process and its GraphQL URL. */
  start(supergraphPath: string, port: number, cpu: string, env: TargetEnv): { process: PinnedProcess; url: string };
}

/** What of the harness's settings a target may need besides its CPU. */
export interface TargetEnv {
  baselineGatewayMain?: string;
  /** The load generator's and the subgraphs' CPU. */
  loadCpu: string;
}

/** An installed package's version, read from its folder: some packages' `exports` do not let package.json be required. */
function version(name: string): string {
  const folder = (require.resolve.paths(name) ?? []).map((dir) => join(dir, name)).find((dir) => existsSync(join(dir, "package.json")));
  if (!folder) throw new Error(`${name} is not installed`);
  return (JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { version: string }).version;
}

/** The environment every target gets (and nothing else of the harness's): production mode, nothing sent off the machine. */
const BASE_ENV = { NODE_ENV: "production", APOLLO_TELEMETRY_DISABLED: "true" };

const hiveBin = () => join(require.resolve("@graphql-hive/gateway"), "..", "bin.js");

function hive(name: TargetName, dedup: "on" | "off"): Target {
  return {
    name,
    label: `Hive Gateway ${version("@graphql-hive/gateway")} + router-runtime ${version("@graphql-hive/router-runtime")} (Rust planner), in-flight dedup ${dedup.toUpperCase()}`,
    start: (supergraphPath, port, cpu) => ({
      // One process (--fork 1): the benchmark compares one core's worth of each gateway.
      process: startPinned(
        cpu,
        [hiveBin(), "supergraph", supergraphPath, "--port", String(port), "--host", "127.0.0.1", "--fork", "1", "-c", join(__dirname, `hive-dedup-${dedup}.config.js`)],
        BASE_ENV,
        name,
      ),
      url: `http://127.0.0.1:${port}/graphql`,
    }),
  };
}

/**
 * DL Hub's gateway as production starts it, from the `main.js` that `entry` names; `placement`
 * turns the target's CPU into the CPUs it runs on (the target's alone unless told).
 */
function dlhub(
  name: TargetName,
  label: string,
  entry: (env: TargetEnv) => string,
  settings: Record<string, string> = {},
  placement: (cpu: string, env: TargetEnv) => string = (cpu) => cpu,
): Target {
  return {
    name,
    label,
    start: (supergraphPath, port, cpu, env) => ({
      process: startPinned(
        placement(cpu, env),
        [entry(env)],
        {
          ...BASE_ENV,
          GATEWAY_PORT: String(port),
          GATEWAY_HOST: "127.0.0.1",
          GATEWAY_SUPERGRAPH_PATH: supergraphPath,
          // The per-client rate limit still runs on every request; it is only set high enough never to refuse the one load generator.
          GATEWAY_RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
          // Production requires registered documents, which only a registry can supply; the checks on free queries still run.
          GATEWAY_TRUSTED_DOCUMENTS: "allowed",
          ...settings,
        },
        name,
      ),
      url: `http://127.0.0.1:${port}/graphql`,
    }),
  };
}

const mainJs = () => require.resolve("@dlhub/gateway/dist/main.js");

export const targets: Record<TargetName, Target> = {
  stock: {
    name: "stock",
    label: `stock @apollo/gateway ${version("@apollo/gateway")} on @apollo/server ${version("@apollo/server")} (standalone, defaults)`,
    start: (supergraphPath, port, cpu) => ({
      process: startPinned(cpu, [join(__dirname, "stock-gateway.js"), supergraphPath, String(port)], BASE_ENV, "stock"),
      url: `http://127.0.0.1:${port}/graphql`,
    }),
  },
  dlhub: dlhub("dlhub", "DL Hub's gateway (gateway/dist/main.js, production settings: in-flight dedup ON and response cache ON, its defaults)", mainJs),
  // Two workers cannot share one core and still show what a second core buys: this target runs on
  // the target's CPU and the load generator's, so one worker shares its core with the load and the
  // subgraphs (README, "Targets"). Its CPU % is the whole tree's: primary and both workers.
  "dlhub-workers": dlhub(
    "dlhub-workers",
    "DL Hub's gateway as `dlhub`, on every core: GATEWAY_WORKERS=2, pinned to the target's CPU and the load generator's",
    mainJs,
    { GATEWAY_WORKERS: "2" },
    (cpu, env) => `${cpu},${env.loadCpu}`,
  ),
  // The same, sharing nothing in flight and keeping nothing: what the second core buys alone, against stock.
  "dlhub-workers-dedup-off": dlhub(
    "dlhub-workers-dedup-off",
    "DL Hub's gateway as `dlhub-workers` (GATEWAY_WORKERS=2, two CPUs), in-flight dedup OFF and response cache OFF",
    mainJs,
    { GATEWAY_WORKERS: "2", GATEWAY_DEDUP_OPERATIONS: "false", GATEWAY_DEDUP_SUBGRAPH_FETCHES: "false", GATEWAY_RESPONSE_CACHE_MB: "0" },
    (cpu, env) => `${cpu},${env.loadCpu}`,
  ),
  "dlhub-cache-off": dlhub("dlhub-cache-off", "DL Hub's gateway as `dlhub`, response cache OFF (GATEWAY_RESPONSE_CACHE_MB=0), in-flight dedup ON", mainJs, {
    GATEWAY_RESPONSE_CACHE_MB: "0",
  }),
  "dlhub-dedup-off": dlhub(
    "dlhub-dedup-off",
    "DL Hub's gateway as `dlhub`, in-flight dedup OFF and response cache OFF (GATEWAY_DEDUP_OPERATIONS=false, GATEWAY_DEDUP_SUBGRAPH_FETCHES=false, GATEWAY_RESPONSE_CACHE_MB=0)",
    mainJs,
    { GATEWAY_DEDUP_OPERATIONS: "false", GATEWAY_DEDUP_SUBGRAPH_FETCHES: "false", GATEWAY_RESPONSE_CACHE_MB: "0" },
  ),
  // Another build of the same entry point (an earlier commit's, built elsewhere), measured in the same rounds: a change's before and after.
  "dlhub-baseline": dlhub("dlhub-baseline", "DL Hub's gateway, baseline build (BASELINE_GATEWAY_MAIN)", (env) => env.baselineGatewayMain as string),
  "hive-dedup-on": hive("hive-dedup-on", "on"),
  "hive-dedup-off": hive("hive-dedup-off", "off"),
};
