import { type RegisteredDepartment } from "@dlhub/schema";
import { type InitiativeFeedPage, type Logger, MAX_FEED_PAGE, PLACE_FEED_PATH, type PlaceFeedPage } from "@dlhub/subgraph-kit";
import { type DataSource, type EntityManager } from "typeorm";
import { applyFeedPage } from "./apply-page.js";
import { applyPlacePage } from "./apply-place-page.js";
import { DepartmentFeed } from "./department-feed.entity.js";
import { type Locator } from "./locator.js";
import { type FeedPosition, claimPage } from "./page-claim.js";
import { ReadMarks } from "./read-marks.js";
import { storeDepartmentNames } from "./registry-departments.js";

export interface FeedSource {
  /** The department's subgraph name, e.g. `libraries`. */
  name: string;
  /** The department's feed endpoint, e.g. `http://localhost:4002/initiative-feed`. */
  url: string;
}

/** A feed read that did not reach the feed's end. */
const STOPPED = Symbol("stopped");

export interface CatalogSyncOptions {
  dataSource: DataSource;
  locator: Locator;
  /** Feeds found anew each round (the registry's published departments), followed as they appear. */
  discover?: () => Promise<FeedSource[]>;
  /** The departments' registered names, read anew each round (the registry's GET /departments); without, answers name departments by id. */
  departmentNames?: () => Promise<RegisteredDepartment[]>;
  /** Runs before each round (the hub refreshes its map there). */
  beforeRound?: () => Promise<void>;
  /** Runs after each round, not awaited (the hub reviews its sync alerts there). */
  afterRound?: () => void;
  logger: Logger;
  /** How often each department's feed is polled; changes show in the catalog within about this. */
  intervalMs: number;
  /** Initiatives (or places) per feed page; the feed's largest by default, since a page costs one transaction and a few statements however many it holds. */
  pageSize?: number;
  requestTimeoutMs?: number;
}

/**
 * Keeps the catalog in step with every department's feed. Departments are followed
 * independently: one that is down or failing records its error and holds back only its own rows;
 * the others go on. Progress is stored per department, so a restart resumes where it stopped.
 */
export class CatalogSync {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** Counts starts, so that a timer of a run already stopped never schedules another round. */
  private runs = 0;
  private readonly marks: ReadMarks;

  constructor(private readonly options: CatalogSyncOptions) {
    this.marks = new ReadMarks(options.requestTimeoutMs ?? 10_000);
  }

  /** Registers a department's feed (or moves it to a new URL); its cursor is kept. */
  async follow(feed: FeedSource): Promise<void> {
    await this.options.dataSource
      .createQueryBuilder()
      .insert()
      .into(DepartmentFeed)
      .values({ name: feed.name, feedUrl: feed.url })
      .orUpdate(["feed_url"], ["name"])
      .execute();
  }

  /** Reads every followed feed to its end once. */
  syncOnce(): Promise<void> {
    // One round at a time: a timer tick during a slow round waits for it instead of racing it.
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(): void {
    this.stopped = false;
    const run = ++this.runs;
    const tick = async () => {
      // A round fails as a whole only when the hub's own database is away (each department's
      // failure is caught and recorded); the next round tries again, so the sync outlives a restart.
      await this.syncOnce().catch((error: unknown) =>
        this.options.logger.warn({ err: error instanceof Error ? error.message : String(error) }, "catalog sync round failed; retrying"),
      );
      if (!this.stopped && run === this.runs) this.timer = setTimeout(tick, this.options.intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async round(): Promise<void> {
    try {
      await this.options.beforeRound?.();
    } catch (error) {
      this.options.logger.error({ err: error }, "preparing the sync round failed");
    }
    let feeds = await this.options.dataSource.getRepository(DepartmentFeed).find();
    const [discovered] = await Promise.all([this.followDiscovered(feeds), this.refreshDepartmentNames()]);
    if (discovered) feeds = await this.options.dataSource.getRepository(DepartmentFeed).find();
    await Promise.all(feeds.map((feed) => this.syncDepartment(feed)));
    this.options.afterRound?.();
  }

  /** Follows feeds the discovery names that are new or moved; whether any were. */
  private async followDiscovered(known: DepartmentFeed[]): Promise<boolean> {
    if (!this.options.discover) return false;
    try {
      const fresh = (await this.options.discover()).filter(
        (feed) => !known.some((k) => k.name === feed.name && k.feedUrl === feed.url),
      );
      for (const feed of fresh) {
        this.options.logger.info({ department: feed.name, url: feed.url }, "following a department's feed");
        await this.follow(feed);
      }
      return fresh.length > 0;
    } catch (error) {
      // The departments already followed go on; a new one is found once the registry answers again.
      this.options.logger.warn({ err: error instanceof Error ? error.message : String(error) }, "could not list the registry's departments");
      return false;
    }
  }

  /** Stores the departments' registered names, or keeps the last ones while the registry does not answer. */
  private async refreshDepartmentNames(): Promise<void> {
    if (!this.options.departmentNames) return;
    let departments: RegisteredDepartment[];
    try {
      departments = await this.options.departmentNames();
    } catch (error) {
      this.options.logger.warn({ err: error instanceof Error ? error.message : String(error) }, "could not read the departments' names from the registry; keeping the last ones");
      return;
    }
    await storeDepartmentNames(this.options.dataSource.manager, departments);
  }

  /** Both of the department's feeds, initiatives first: a new place's initiatives are then already there. */
  private async syncDepartment(feed: DepartmentFeed): Promise<void> {
    try {
      const version = await this.marks.versionOf(feed.feedUrl);
      if (this.marks.unchanged(feed, version)) return await this.confirmInStep(feed.name);
      this.marks.forget(feed.name);
      const initiatives = { department: feed.name, column: "cursor", from: feed.cursor } as const;
      const cursor = await this.readToEnd(feed.feedUrl, initiatives, (db, page: InitiativeFeedPage) => applyFeedPage(db, feed.name, page, this.options.locator));
      const places = { department: feed.name, column: "place_cursor", from: feed.placeCursor } as const;
      const placeFeed = new URL(PLACE_FEED_PATH, feed.feedUrl).toString();
      const placeCursor = await this.readToEnd(placeFeed, places, (db, page: PlaceFeedPage) => applyPlacePage(db, feed.name, page, this.options.locator));
      if (cursor !== STOPPED && placeCursor !== STOPPED && version !== null) this.marks.set(feed.name, { feedUrl: feed.feedUrl, version, cursor, placeCursor });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.options.logger.warn({ department: feed.name, err: message }, "department feed unavailable");
      await this.options.dataSource
        .getRepository(DepartmentFeed)
        .update({ name: feed.name }, { lastAttemptAt: new Date(), lastError: message.slice(0, 500) });
    }
  }

  /**
   * A department with nothing new (read-marks.ts) is in step as of now: what reading its two empty
   * pages would have recorded, in one statement that changes no data.
   */
  private async confirmInStep(name: string): Promise<void> {
    await this.options.dataSource.query(
      `UPDATE department_feed SET last_attempt_at = now(), last_synced_at = now(), places_synced_at = now(), last_error = NULL WHERE name = $1`,
      [name],
    );
  }

  /**
   * Reads one feed to its end (or until the sync stops), one transaction per page; the cursor it
   * ended at, or STOPPED when it did not reach the end. A page is
   * applied only while the stored cursor is still the one it was read after (claimPage); should
   * another copy of the hub have moved it, this one leaves the feed to that copy.
   */
  private async readToEnd<P extends { cursor: string | null; hasMore: boolean }>(
    feedUrl: string,
    position: FeedPosition,
    apply: (db: EntityManager, page: P) => Promise<void>,
  ): Promise<string | null | typeof STOPPED> {
    let cursor = position.from;
    let next = this.fetchPage<P>(feedUrl, cursor);
    for (;;) {
      const page = await next;
      // The next page is read while this one is written, so the department's work and the hub's
      // overlap; should this page fail or stop the reading, the early read is dropped.
      if (page.hasMore) {
        next = this.fetchPage<P>(feedUrl, page.cursor);
        next.catch(() => undefined);
      }
      const applied = await this.options.dataSource.transaction(async (db) => {
        if (!(await claimPage(db, { ...position, from: cursor }))) return false;
        await apply(db, page);
        return true;
      });
      if (!applied) {
        this.options.logger.warn({ department: position.department, feed: feedUrl }, "another reader moved the feed's cursor; leaving the feed to it this round");
        return STOPPED;
      }
      cursor = page.cursor;
      if (!page.hasMore) return cursor;
      if (this.stopped) return STOPPED;
    }
  }

  private async fetchPage<P>(feedUrl: string, cursor: string | null): Promise<P> {
    const url = new URL(feedUrl);
    url.searchParams.set("limit", String(this.options.pageSize ?? MAX_FEED_PAGE));
    if (cursor) url.searchParams.set("after", cursor);
    const response = await fetch(url, { signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 10_000) });
    if (!response.ok) throw new Error(`${url.pathname} answered HTTP ${response.status}`);
    return (await response.json()) as P;
  }
}
