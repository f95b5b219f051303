import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, print } from "graphql";
import { parseEnv, postgresUrl } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { AS_THE_IMAGE_RUNS, OWN_LOCAL_HUB } from "../coordinator/serve-hub.js";
import { load } from "../measure.js";
import { startPinned } from "../processes.js";
import { ownCpuSeconds, sampleUsage } from "../sample.js";
import { type BuildResult, renderHubPageReport } from "./report.js";

/**
 * `npm run bench:hub-page`: the hub's subgraph called directly with the coordinator's saved
 * `CatalogPage` (first: 20), no gateway in front (issue 15 part 6). Each build's local hub (its
 * registry, departments and the hub, one process, and the PostgreSQL it starts) is pinned to
 * TARGET_CPU, autocannon to LOAD_CPU; builds alternate within each round. CPU is read from /proc:
 * the hub process's own, and its PostgreSQL's (the process's descendants), per request answered.
 * `BASELINE_LOCAL_HUB` names another checkout's `services/local-hub` (built) to measure beside
 * this one; each build sends its own checkout's saved CatalogPage (the saved queries moved from
 * the `department` enum to `departmentId departmentName` in issue 14), and both must answer the
 * same initiatives and count.
 */
async function main(): Promise<void> {
  const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
  const cpu = (fallback: string) => z.string().regex(/^\d+$/, "must be one CPU number, as taskset -c takes it").default(fallback);
  const settings = parseEnv(
    {
      ROUNDS: count(3),
      DURATION_S: count(10),
      WARMUP_S: count(5),
      CONNECTIONS: count(20),
      TARGET_CPU: cpu("1"),
      LOAD_CPU: cpu("0"),
      BASELINE_LOCAL_HUB: z.string().optional(),
      DATABASE_URL: postgresUrl.optional(),
      RESULTS_DIR: z.string().default(join(__dirname, "..", "..", "results")),
    },
    process.env,
  );
  const env = {
    rounds: settings.ROUNDS,
    durationS: settings.DURATION_S,
    warmupS: settings.WARMUP_S,
    connections: settings.CONNECTIONS,
    targetCpu: settings.TARGET_CPU,
    loadCpu: settings.LOAD_CPU,
  };
  const builds = [
    ...(settings.BASELINE_LOCAL_HUB ? [{ name: "baseline", localHub: settings.BASELINE_LOCAL_HUB }] : []),
    { name: "this build", localHub: OWN_LOCAL_HUB },
  ];
  const results: BuildResult[] = [];
  let firstAnswer: string | undefined;
  for (let round = 1; round <= env.rounds; round++) {
    for (const build of builds) {
      const body = JSON.stringify({ query: catalogPage(build.localHub), operationName: "CatalogPage", variables: { first: 20 } });
      const hub = startPinned(env.targetCpu, [join(__dirname, "..", "coordinator", "serve-hub.js")], { ...AS_THE_IMAGE_RUNS, LOCAL_HUB: build.localHub, ...(settings.DATABASE_URL ? { DATABASE_URL: settings.DATABASE_URL } : {}) }, build.name);
      try {
        const { hubUrl } = JSON.parse(await hub.line((line) => line.startsWith('{"registryUrl"'), 180_000)) as { hubUrl: string };
        // Every build's answer is checked against the first build's.
        const answer = await sameInitiatives(hubUrl, body, firstAnswer);
        firstAnswer ??= answer;
        await load(env, { url: hubUrl, connections: env.connections, durationS: env.warmupS, bodies: [body] });
        const ownBefore = ownCpuSeconds(hub.pid);
        const usage = sampleUsage(hub.pid);
        const result = await load(env, { url: hubUrl, connections: env.connections, durationS: env.durationS, bodies: [body] });
        const tree = usage.stop();
        const own = ownCpuSeconds(hub.pid) - ownBefore;
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${build.name}: ${result.non2xx} answers were not 200 and ${result.errors} failed under load`);
        const row: BuildResult = {
          round,
          build: build.name,
          requestsPerSecond: result.requestsPerSecond,
          p50Ms: result.p50Ms,
          p99Ms: result.p99Ms,
          hubCpuMsPerRequest: (1000 * own) / result.requests,
          postgresCpuMsPerRequest: (1000 * (tree.cpuSeconds - own)) / result.requests,
          maxRssMiB: tree.maxRssMiB,
        };
        results.push(row);
        console.log(JSON.stringify(row));
      } finally {
        await hub.stop();
      }
    }
  }
  const report = renderHubPageReport(results, env);
  console.log(`\n${report}`);
  const dir = settings.RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `hub-page-${new Date().toISOString().replace(/[:.]/g, "-")}.md`);
  writeFileSync(file, report);
  console.log(`written to ${file}`);
}

/** The saved CatalogPage operation alone, from a checkout's coordinator.graphql. */
function catalogPage(localHub: string): string {
  const document = parse(readFileSync(join(localHub, "operations", "coordinator.graphql"), "utf8"));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === "CatalogPage");
  if (!operation) throw new Error(`${localHub}: no saved CatalogPage`);
  return print(operation);
}

/**
 * The page's initiatives (by title: the demo data's ids are drawn afresh at each start) and count,
 * checked to be the same as the first build's: the builds differ in how they answer, never in what.
 */
async function sameInitiatives(url: string, body: string, first: string | undefined): Promise<string> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const answer = (await response.json()) as { data?: { initiatives: { totalCount: number; nodes: { title: string }[] } }; errors?: unknown[] };
  if (!response.ok || answer.errors || !answer.data) throw new Error(`the hub did not answer CatalogPage: ${JSON.stringify(answer).slice(0, 500)}`);
  const what = JSON.stringify({ totalCount: answer.data.initiatives.totalCount, titles: answer.data.initiatives.nodes.map((n) => n.title) });
  if (first !== undefined && what !== first) throw new Error(`the builds answer different pages:\n${first}\n${what}`);
  return what;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
