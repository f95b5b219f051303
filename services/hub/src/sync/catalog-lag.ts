import { type ServiceMetrics } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { DepartmentFeed } from "./department-feed.entity.js";

/**
 * How far behind each department the catalog may be, read from the feeds' stored progress when
 * scraped: every copy of the hub reports the same figures, whichever copy syncs. How many rows
 * are behind is not known: a feed says whether more pages follow, not how many.
 */
export function observeCatalogLag(metrics: ServiceMetrics, dataSource: DataSource): void {
  // Both gauges are collected at once by a scrape; they share one read of the feeds.
  let reading: Promise<DepartmentFeed[]> | null = null;
  const feeds = () =>
    (reading ??= dataSource
      .getRepository(DepartmentFeed)
      .find()
      // With its database away the hub knows nothing of the feeds: the series are left out.
      .catch(() => [])
      .finally(() => {
        reading = null;
      }));
  metrics.gauge({
    name: "dlhub_catalog_lag_seconds",
    help: "Seconds since the hub last read the department's feed to its end (+Inf: never); the catalog is at most this far behind.",
    labelNames: ["department", "feed"] as const,
    async collect() {
      const now = Date.now();
      const read = await feeds();
      this.reset();
      for (const feed of read) {
        this.set({ department: feed.name, feed: "initiatives" }, secondsSince(feed.lastSyncedAt, now));
        this.set({ department: feed.name, feed: "places" }, secondsSince(feed.placesSyncedAt, now));
      }
    },
  });
  metrics.gauge({
    name: "dlhub_catalog_feed_up",
    help: "1 when the hub's last read of the department's feeds succeeded, 0 when it failed (lastError of departmentSync).",
    labelNames: ["department"] as const,
    async collect() {
      const read = await feeds();
      this.reset();
      for (const feed of read) this.set({ department: feed.name }, feed.lastError === null ? 1 : 0);
    },
  });
}

function secondsSince(at: Date | null, now: number): number {
  return at ? Math.max(0, (now - at.getTime()) / 1000) : Infinity;
}
