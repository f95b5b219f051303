import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RegistryClient, composeSupergraph } from "@dlhub/schema";
import { type BenchEnv } from "./env.js";
import { AS_THE_IMAGE_RUNS, OWN_LOCAL_HUB } from "./coordinator/serve-hub.js";
import { startPinned } from "./processes.js";
import { TEST_QUERY } from "./guild/schemas.js";

/** What the load generator sends in one measurement: one or more bodies, each connection cycling through them. */
export interface Scenario {
  name: string;
  bodies: string[];
}

/** The subgraphs of a workload, running, and the supergraph every target serves over them. */
export interface RunningWorkload {
  supergraphPath: string;
  /** Where the subgraphs run, for the report. */
  description: string;
  /** GraphQL requests the subgraphs have received so far, where they count them. */
  subgraphRequests?: () => Promise<number>;
  stop(): Promise<void>;
}

export interface Workload {
  name: "guild" | "coordinator";
  title: string;
  defaultConnections: number;
  scenarios(env: BenchEnv): Scenario[];
  start(env: BenchEnv): Promise<RunningWorkload>;
}

const folder = () => mkdtempSync(join(tmpdir(), "dlhub-bench-gateway-"));

export const guild: Workload = {
  name: "guild",
  title: "Guild-shaped federation (accounts, products, inventory, reviews)",
  defaultConnections: 50,
  scenarios: () => [{ name: "TestQuery", bodies: [JSON.stringify({ query: TEST_QUERY, operationName: "TestQuery" })] }],
  async start(env) {
    const subgraphs = startPinned(env.loadCpu, [join(__dirname, "guild/serve-subgraphs.js")], {}, "the Guild-shaped subgraphs");
    try {
      const line = await subgraphs.line((l) => l.startsWith('{"subgraphs"'));
      const running = (JSON.parse(line) as { subgraphs: { name: string; url: string; sdl: string }[] }).subgraphs;
      const dir = folder();
      const supergraphPath = join(dir, "supergraph.graphql");
      writeFileSync(supergraphPath, composeSupergraph(running));
      return {
        supergraphPath,
        description: `four @apollo/subgraph subgraphs in one Node process (answers kept per request body), pinned to CPU ${env.loadCpu}`,
        subgraphRequests: async () => {
          const counts = await Promise.all(running.map(async ({ url }) => Number(await (await fetch(url)).text())));
          return counts.reduce((sum, n) => sum + n, 0);
        },
        stop: async () => {
          await subgraphs.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await subgraphs.stop();
      throw error;
    }
  },
};

/** The coordinator's saved queries, as the console and `npm start` register them: those of the local hub that runs. */
const savedQueries = (env: BenchEnv) => join(env.coordinatorLocalHub ?? OWN_LOCAL_HUB, "operations/coordinator.graphql");

export const coordinator: Workload = {
  name: "coordinator",
  title: "The coordinator's saved queries on the real hub (services/local-hub/operations/coordinator.graphql)",
  // Issue 15's acceptance is stated at 20 concurrent clients.
  defaultConnections: 20,
  scenarios(env) {
    const document = readFileSync(savedQueries(env), "utf8");
    const operations = [...document.matchAll(/^query (\w+)/gm)].map((m) => m[1]);
    if (!operations.includes("CatalogPage")) throw new Error(`${savedQueries(env)} has no CatalogPage query`);
    // Each operation with the variables' defaults written in the document: what the console sends first.
    const body = (operationName: string) => JSON.stringify({ query: document, operationName });
    return [
      { name: "CatalogPage", bodies: [body("CatalogPage")] },
      { name: `all ${operations.length} saved queries in turn`, bodies: operations.map(body) },
    ];
  },
  async start(env) {
    const settings: Record<string, string> = {
      ...AS_THE_IMAGE_RUNS,
      HOME: process.env.HOME ?? "/tmp",
      ...(env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : {}),
      ...(env.coordinatorLocalHub ? { LOCAL_HUB: env.coordinatorLocalHub } : {}),
    };
    const args = [join(__dirname, "coordinator/serve-hub.js"), ...(env.initiatives ? [String(env.initiatives)] : [])];
    const hub = startPinned(env.loadCpu, args, settings, "the hub");
    try {
      const line = await hub.line((l) => l.startsWith('{"registryUrl"'), 15 * 60_000);
      const { registryUrl, database } = JSON.parse(line) as { registryUrl: string; database: string };
      const served = await new RegistryClient(registryUrl).supergraph();
      if (!served) throw new Error("the hub's registry serves no supergraph");
      const dir = folder();
      const supergraphPath = join(dir, "supergraph.graphql");
      writeFileSync(supergraphPath, served.sdl);
      return {
        supergraphPath,
        description:
          `the local hub${env.coordinatorLocalHub ? ` of ${env.coordinatorLocalHub}` : ""} (registry, every department, the hub's subgraph${env.initiatives ? `, catalog grown to ${env.initiatives} initiatives` : ", demo data"}) in one Node process, ` +
          `and its PostgreSQL (${database}), pinned to CPU ${env.loadCpu}; the local hub's own gateway idles there`,
        stop: async () => {
          await hub.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await hub.stop();
      throw error;
    }
  },
};

export const workloads = { guild, coordinator };
