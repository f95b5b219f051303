import { type DataSource } from "typeorm";
import { type ServiceMetrics } from "./metrics.js";

/** What node-postgres's pool counts; TypeORM keeps the pool as its driver's `master`. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The service's database pool, read when scraped: connections open and idle, and requests
 * waiting for one (the sign of a pool too small for the load).
 */
export function observePool(metrics: ServiceMetrics, dataSource: DataSource): void {
  metrics.gauge({
    name: "dlhub_db_pool_connections",
    help: "The database pool: connections open (total), of which idle, and queries waiting for a connection (waiting).",
    labelNames: ["state"] as const,
    collect() {
      const pool = (dataSource.driver as unknown as { master?: PoolCounts }).master;
      if (!pool) return;
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });
}
