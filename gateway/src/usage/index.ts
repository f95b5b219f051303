import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { RegistryClient } from "@dlhub/schema";
import { type Logger } from "@dlhub/subgraph-kit";
import { usageReporting } from "./plugin.js";
import { UsageReporter } from "./reporter.js";

export { UsageAggregator, type UsageKey } from "./aggregator.js";
export { coordinatesOf } from "./coordinates.js";
export { CoordinateCache } from "./coordinate-cache.js";
export { UsageReporter, type UsageReporterOptions } from "./reporter.js";
export { usageReporting } from "./plugin.js";

/** Where and how the gateway reports usage from real traffic (GATEWAY_USAGE_* in env.ts). */
export interface UsageReportingOptions {
  registryUrl: string;
  /** A token with the service role (Role.SERVICE): the registry takes usage from nobody else. */
  token: string;
  flushIntervalMs?: number;
  maxEntries?: number;
}

/** The plugin for Apollo Server's list; none when reporting is off. */
export function usagePlugins(options: UsageReportingOptions | undefined, logger: Logger): ApolloServerPlugin<BaseContext>[] {
  if (!options) return [];
  const registry = new RegistryClient(options.registryUrl, { token: options.token });
  return [usageReporting(new UsageReporter({ registry, logger, flushIntervalMs: options.flushIntervalMs, maxEntries: options.maxEntries }))];
}
