// First: the tracing instrumentations must load before pg, graphql and http do.
import "@dlhub/subgraph-kit/tracing";
import { runDepartment } from "@dlhub/subgraph-kit";
import { readHubEnv } from "./env.js";
import { createHub } from "./hub.js";

const env = (() => {
  try {
    return readHubEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
})();

void runDepartment(createHub({ feeds: env.feeds, registryUrl: env.registryUrl, syncIntervalMs: env.syncIntervalMs, syncAlerts: env.syncAlerts }), () => env);
