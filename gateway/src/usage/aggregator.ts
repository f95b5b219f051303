import { type UsageOperation, type UsageReport } from "@dlhub/schema";

/** Who sent an operation and which one it was; the coordinates follow from the document. */
export interface UsageKey {
  client: string;
  clientVersion: string;
  operationName: string;
  /** sha256 of the document, hex. */
  operationHash: string;
}

/**
 * Usage counted in memory between flushes: one entry per client, client version and operation,
 * holding how often it ran and the coordinates its document uses (shared with the coordinate
 * cache, not copied). A request only adds to a count; at most `maxEntries` distinct entries are
 * kept, and requests for any further ones are counted as dropped, so a client that sends a new
 * document with every request costs a number, not memory.
 */
export class UsageAggregator {
  private entries = new Map<string, UsageOperation>();
  private dropped = 0;

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive whole number, got ${maxEntries}`);
  }

  /** Distinct entries held now. */
  get size(): number {
    return this.entries.size;
  }

  /** Requests not counted since the last take because the aggregator was full. */
  get droppedCount(): number {
    return this.dropped;
  }

  record(key: UsageKey, coordinates: readonly string[], count = 1): void {
    const id = entryId(key);
    const entry = this.entries.get(id);
    if (entry) entry.count += count;
    else if (this.entries.size < this.maxEntries) this.entries.set(id, { ...key, coordinates: coordinates as string[], count });
    else this.dropped += count;
  }

  /** Everything counted so far, as one report; the aggregator starts again empty. */
  take(): UsageReport {
    const report = { operations: [...this.entries.values()], dropped: this.dropped };
    this.entries = new Map();
    this.dropped = 0;
    return report;
  }

  /**
   * Puts back a report that could not be sent, to go with the next flush. Counted again like new
   * requests, so a registry that stays away fills the aggregator to its cap and no further.
   */
  restore(report: UsageReport): void {
    for (const { coordinates, count, ...key } of report.operations) this.record(key, coordinates, count);
    this.dropped += report.dropped;
  }
}

// NUL cannot occur in a header value or a GraphQL name, so the parts never run together.
const entryId = ({ client, clientVersion, operationName, operationHash }: UsageKey) => `${client}\0${clientVersion}\0${operationName}\0${operationHash}`;
