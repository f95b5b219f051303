import { resolve } from "node:path";
import { ConfigurationError, parseEnv, postgresUrl } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { TARGET_NAMES } from "./targets/targets.js";

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const cpu = (fallback: string) => z.string().regex(/^\d+$/, "must be one CPU number, as taskset -c takes it").default(fallback);

/** The benchmark's settings; the only reader of process.env. */
export function readBenchEnv(source: NodeJS.ProcessEnv = process.env) {
  const env = parseEnv(
    {
      ROUNDS: count(3),
      DURATION_S: count(20),
      // Each target warms up on every scenario before it is measured: the JIT and the gateways' plan caches settle.
      WARMUP_S: count(5),
      // Unset: 50 on the Guild-shaped workload (as the Guild's own runs), 20 on the coordinator's (issue 15's "20 concurrent clients").
      CONNECTIONS: z.coerce.number().int().positive().optional(),
      WORKLOAD: z.enum(["guild", "coordinator", "both"]).default("both"),
      TARGETS: z
        .string()
        // The baseline only when asked for: it needs a second build.
        .default(TARGET_NAMES.filter((name) => name !== "dlhub-baseline").join(","))
        .transform((value) => value.split(",").map((name) => name.trim()).filter(Boolean))
        .refine((names) => names.every((name) => (TARGET_NAMES as readonly string[]).includes(name)), `must be names from ${TARGET_NAMES.join(", ")}`)
        .refine((names) => names.includes("stock"), "must include stock: every answer and ratio is taken against it"),
      TARGET_CPU: cpu("1"),
      LOAD_CPU: cpu("0"),
      // The coordinator workload's catalog: unset, the demo data; else grown to this many initiatives as `npm run bench` grows it.
      INITIATIVES: z.coerce.number().int().positive().optional(),
      // The coordinator workload's hub: another checkout's services/local-hub, built; unset, this checkout's.
      COORDINATOR_LOCAL_HUB: z.string().optional(),
      // The coordinator workload's PostgreSQL; unset, a throw-away embedded server.
      DATABASE_URL: postgresUrl.optional(),
      // The dlhub-baseline target's gateway/dist/main.js: another commit's build, for a before and after in the same rounds.
      BASELINE_GATEWAY_MAIN: z.string().optional(),
      RESULTS_DIR: z.string().default(resolve(__dirname, "../results")),
    },
    source,
  );
  if (env.TARGETS.includes("dlhub-baseline") && !env.BASELINE_GATEWAY_MAIN) {
    throw new ConfigurationError(["BASELINE_GATEWAY_MAIN: the dlhub-baseline target needs the gateway/dist/main.js of the build to compare with"]);
  }
  return {
    rounds: env.ROUNDS,
    durationS: env.DURATION_S,
    warmUpS: env.WARMUP_S,
    connections: env.CONNECTIONS,
    workloads: env.WORKLOAD === "both" ? (["guild", "coordinator"] as const) : ([env.WORKLOAD] as const),
    // Stock first in every round: its answers are what every other target's are checked against.
    targets: [...TARGET_NAMES].filter((name) => env.TARGETS.includes(name)),
    targetCpu: env.TARGET_CPU,
    loadCpu: env.LOAD_CPU,
    initiatives: env.INITIATIVES,
    coordinatorLocalHub: env.COORDINATOR_LOCAL_HUB,
    databaseUrl: env.DATABASE_URL,
    resultsDir: env.RESULTS_DIR,
    baselineGatewayMain: env.BASELINE_GATEWAY_MAIN,
  };
}

export type BenchEnv = ReturnType<typeof readBenchEnv>;
