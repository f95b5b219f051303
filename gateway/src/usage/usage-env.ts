import { ConfigurationError } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { type UsageReportingOptions } from "./index.js";

/** The gateway's usage-reporting variables, parsed with the rest of its environment (env.ts). */
export const USAGE_ENV = {
  // Unset: on when the gateway follows a registry and holds a service token to report with.
  GATEWAY_USAGE_REPORTING: z.enum(["on", "off"]).optional(),
  // A token with the service role; the registry takes usage reports from no one else.
  GATEWAY_USAGE_TOKEN: z.string().min(1).optional(),
  GATEWAY_USAGE_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  GATEWAY_USAGE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(5000),
};

/**
 * Reporting needs somewhere to report and a right to: asked for explicitly without either is a
 * mistake said at start; left unset, it is simply on when both are there.
 */
export function usageReportingSettings(env: Record<string, unknown>): UsageReportingOptions | null {
  const registryUrl = env.GATEWAY_REGISTRY_URL as string | undefined;
  const token = env.GATEWAY_USAGE_TOKEN as string | undefined;
  if (env.GATEWAY_USAGE_REPORTING === "off") return null;
  if (env.GATEWAY_USAGE_REPORTING === "on") {
    const problems: string[] = [];
    if (!registryUrl) problems.push("GATEWAY_USAGE_REPORTING=on: needs GATEWAY_REGISTRY_URL, where usage is reported");
    if (!token) problems.push("GATEWAY_USAGE_REPORTING=on: needs GATEWAY_USAGE_TOKEN, a token with the service role");
    if (problems.length > 0) throw new ConfigurationError(problems);
  }
  if (!registryUrl || !token) return null;
  return { registryUrl, token, flushIntervalMs: env.GATEWAY_USAGE_FLUSH_MS as number, maxEntries: env.GATEWAY_USAGE_MAX_ENTRIES as number };
}
