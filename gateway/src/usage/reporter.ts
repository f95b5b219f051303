import { type RegistryClient, RegistryError } from "@dlhub/schema";
import { type Logger } from "@dlhub/subgraph-kit";
import { UsageAggregator, type UsageKey } from "./aggregator.js";

/** Operations per request to the registry: a few hundred KB at most, far below its body limit. */
const BATCH_OPERATIONS = 200;

export interface UsageReporterOptions {
  /** Where batches go: a client holding a service token (Role.SERVICE). */
  registry: Pick<RegistryClient, "reportUsage">;
  logger: Logger;
  /** How often a batch is sent; default 5 s. */
  flushIntervalMs?: number;
  /** Distinct client × operation entries held at most; default 5000. */
  maxEntries?: number;
  /** A batch is sent early once this many entries are waiting; default 1000. */
  flushAtEntries?: number;
}

/**
 * Counts usage per request and sends it to the registry in batches, never on a request's path:
 * `record` only adds to a count (a send it triggers is not awaited). A batch the registry could
 * not take (unreachable, 5xx) goes back into the counts for the next flush, within the same cap;
 * a batch it refused as malformed (4xx other than authentication) would be refused again, so it
 * is logged and let go.
 */
export class UsageReporter {
  private readonly aggregator: UsageAggregator;
  private readonly flushAtEntries: number;
  private timer: NodeJS.Timeout | null = null;
  private sending: Promise<void> | null = null;

  constructor(private readonly options: UsageReporterOptions) {
    this.aggregator = new UsageAggregator(options.maxEntries ?? 5000);
    this.flushAtEntries = Math.min(options.flushAtEntries ?? 1000, this.aggregator.maxEntries);
  }

  /** Entries waiting to be sent. */
  get pending(): number {
    return this.aggregator.size;
  }

  record(key: UsageKey, coordinates: readonly string[]): void {
    this.aggregator.record(key, coordinates);
    if (this.aggregator.size >= this.flushAtEntries && !this.sending) void this.flush();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.options.flushIntervalMs ?? 5000);
    // Reporting must never keep a stopping process alive.
    this.timer.unref();
  }

  /** Stops the timer and sends what is left, once; a failure is logged, not thrown. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sending;
    await this.flush();
  }

  /** Sends what has been counted; one send at a time (a flush during a send waits for it). */
  flush(): Promise<void> {
    this.sending ??= this.send().finally(() => (this.sending = null));
    return this.sending;
  }

  private async send(): Promise<void> {
    const { operations, dropped } = this.aggregator.take();
    if (operations.length === 0 && dropped === 0) return;
    if (dropped > 0) this.options.logger.warn({ dropped, maxEntries: this.aggregator.maxEntries }, "usage of some requests was not counted: the gateway held as many distinct operations as it may");
    // In slices, so a batch grown while the registry was away stays within its request size.
    for (let start = 0; start < Math.max(operations.length, 1); start += BATCH_OPERATIONS) {
      const report = { operations: operations.slice(start, start + BATCH_OPERATIONS), dropped: start === 0 ? dropped : 0 };
      try {
        await this.options.registry.reportUsage(report);
      } catch (error) {
        if (refusedForGood(error)) {
          this.options.logger.error({ err: error, operations: report.operations.length }, "the registry refused a usage batch; it is dropped");
          continue;
        }
        this.aggregator.restore({ operations: operations.slice(start), dropped: report.dropped });
        this.options.logger.warn({ err: error, pending: this.aggregator.size }, "usage could not be reported; it is kept for the next flush");
        return;
      }
    }
  }
}

/** 401/403 may be a token being rotated, and 5xx passes: only other 4xx mean "never this batch". */
const refusedForGood = (error: unknown) =>
  error instanceof RegistryError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 403 && error.status !== 429;
