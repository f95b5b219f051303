import { defineConfig } from "@graphql-hive/gateway";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";

/**
 * Hive Gateway with the Rust query planner, every subgraph fetch sent on its own: in-flight
 * deduplication off, so its figure compares like for like with the Apollo gateways, which never merge.
 */
export const gatewayConfig = defineConfig({
  unifiedGraphHandler,
  logging: "error",
  transportEntries: { "*": { options: { deduplicateInflightRequests: false } } },
});
