export { createHub, hub, type HubOptions } from "./hub.js";
export { CatalogSync, type FeedSource } from "./sync/catalog-sync.js";
export { geography } from "./geography/index.js";
export { readHubEnv } from "./env.js";
export { DEFAULT_SYNC_BEHIND_AFTER_MS, type SyncAlertSettings, SyncAlerts } from "./sync/sync-alerts.js";
