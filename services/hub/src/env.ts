import { departmentEnv, parseEnv } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { type FeedSource } from "./sync/catalog-sync.js";
import { DEFAULT_SYNC_BEHIND_AFTER_MS } from "./sync/sync-alerts.js";

/**
 * The hub's settings: a department service's (HUB_PORT, HUB_DATABASE_URL, …) plus the feeds it
 * follows, `HUB_DEPARTMENT_FEEDS=it=http://it:4001/initiative-feed,libraries=…`, and how often.
 */
export function readHubEnv(source: NodeJS.ProcessEnv = process.env) {
  const own = parseEnv(
    {
      HUB_DEPARTMENT_FEEDS: z
        .string()
        .default("")
        .refine((value) => value === "" || value.split(",").every((entry) => /^[a-z0-9-]+=https?:\/\/\S+$/.test(entry.trim())), {
          message: "must be name=url pairs separated by commas",
        }),
      // Departments published to the registry are followed as they publish, besides HUB_DEPARTMENT_FEEDS, and answers
      // carry the names the registry gives departments; without it a department is called by its id.
      HUB_REGISTRY_URL: z.url({ protocol: /^https?$/ }).optional(),
      HUB_SYNC_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(1000),
      // A service token for the registry: with it (and HUB_REGISTRY_URL) the hub reports departments falling behind in sync.
      HUB_REGISTRY_TOKEN: z.string().min(1).optional(),
      HUB_SYNC_BEHIND_AFTER_MS: z.coerce.number().int().min(1000).default(DEFAULT_SYNC_BEHIND_AFTER_MS),
    },
    source,
  );
  const feeds: FeedSource[] = own.HUB_DEPARTMENT_FEEDS.split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf("=");
      return { name: entry.slice(0, at), url: entry.slice(at + 1) };
    });
  const token = own.HUB_REGISTRY_TOKEN;
  const syncAlerts = own.HUB_REGISTRY_URL && token ? { registryUrl: own.HUB_REGISTRY_URL, token: () => Promise.resolve(token), behindAfterMs: own.HUB_SYNC_BEHIND_AFTER_MS } : undefined;
  return { ...departmentEnv("hub", source), feeds, registryUrl: own.HUB_REGISTRY_URL, syncIntervalMs: own.HUB_SYNC_INTERVAL_MS, syncAlerts };
}
