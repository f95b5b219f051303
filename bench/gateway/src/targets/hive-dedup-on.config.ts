import { defineConfig } from "@graphql-hive/gateway";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";

/**
 * Hive Gateway with the Rust query planner, as shipped: identical subgraph fetches in flight at the
 * same moment share one HTTP request (executor-http's `deduplicateInflightRequests`, on by default).
 */
export const gatewayConfig = defineConfig({ unifiedGraphHandler, logging: "error" });
