import { type DepartmentSyncReport, RegistryClient } from "@dlhub/schema";
import { type Logger } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { DepartmentFeed } from "./department-feed.entity.js";

export interface SyncAlertSettings {
  /** The registry, which turns the reports into `department.sync_behind` / `department.sync_recovered` webhooks. */
  registryUrl: string;
  /** A service token (Role.SERVICE); asked for at each report, so a minted one can be fresh. */
  token: () => Promise<string>;
  /** A department whose last complete read is older than this is behind even with no error (HUB_SYNC_BEHIND_AFTER_MS). */
  behindAfterMs: number;
}

/** Five minutes: several missed rounds at any sensible sync interval, not one slow page. */
export const DEFAULT_SYNC_BEHIND_AFTER_MS = 300_000;

/** The registry answers a report at once; one that hangs must not pile reports up behind it. */
const REPORT_TIMEOUT_MS = 5000;

/**
 * Tells the registry when a department's sync falls behind (its last attempt failed, or its last
 * complete read is older than `behindAfterMs`) and when it recovers: once per transition, not
 * once per round. Reviewed after each sync round without being awaited by it, one review at a
 * time, so a slow registry never slows the sync. A report that fails is tried again at the next
 * round, because the state it reports is only remembered once the registry has taken it.
 */
export class SyncAlerts {
  /** What the registry was last told per department; a department not listed was never behind. */
  private readonly reported = new Map<string, boolean>();
  private reviewing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SyncAlertSettings,
    private readonly logger: Logger,
  ) {}

  /** Queues a review; returns the queue, which only tests wait for. */
  review(): Promise<void> {
    this.reviewing = this.reviewing.then(() => this.reviewNow()).catch((error: unknown) =>
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, "could not report the departments' sync state to the registry"),
    );
    return this.reviewing;
  }

  private async reviewNow(): Promise<void> {
    const now = Date.now();
    const feeds = await this.dataSource.getRepository(DepartmentFeed).find();
    for (const feed of feeds) {
      const lagMs = feed.lastSyncedAt ? now - feed.lastSyncedAt.getTime() : Infinity;
      // A department never read yet is not behind until it has been given the threshold's time.
      const behind = feed.lastError !== null || (feed.lastSyncedAt !== null && lagMs > this.settings.behindAfterMs);
      if (behind === (this.reported.get(feed.name) ?? false)) continue;
      await this.report({
        type: behind ? "department.sync_behind" : "department.sync_recovered",
        department: feed.name,
        lastSyncedAt: feed.lastSyncedAt?.toISOString() ?? null,
        lastError: feed.lastError,
      });
      this.reported.set(feed.name, behind);
    }
  }

  private async report(report: DepartmentSyncReport): Promise<void> {
    const fetchWithTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(REPORT_TIMEOUT_MS) });
    const client = new RegistryClient(this.settings.registryUrl, { token: await this.settings.token(), fetch: fetchWithTimeout });
    await client.reportEvent(report);
    this.logger.info({ department: report.department, event: report.type }, "reported the department's sync state to the registry");
  }
}
