import { randomBytes } from "node:crypto";
import { createLogger } from "@dlhub/subgraph-kit";
import { type LocalHub, type LocalHubOptions, startLocalHub } from "../local-hub.js";
import { type BenchDatabase } from "./bench-database.js";

/**
 * The whole hub as every benchmark runs it: on the benchmark's own databases, every port chosen by
 * the system, a throw-away token secret, demo data seeded, nothing logged. A benchmark adds only
 * what it measures differently (the sync interval, the console).
 */
export function startBenchHub(database: BenchDatabase, options: Partial<LocalHubOptions> = {}): Promise<LocalHub> {
  return startLocalHub({
    serverUrl: database.serverUrl,
    databasePrefix: database.databasePrefix,
    gatewayPort: 0,
    registryPort: 0,
    tokenSecret: randomBytes(32).toString("base64url"),
    subgraphPort: () => 0,
    seed: true,
    syncIntervalMs: 500,
    logger: createLogger("dlhub-bench", "silent"),
    ...options,
  });
}
