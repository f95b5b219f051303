import { DATA_VERSION_PATH, type Logger, type ServiceMetrics } from "@dlhub/subgraph-kit";

/** A subgraph's data as the gateway last knew it: null when it could not say (down, or no /data-version). */
type Token = string | null;

interface Followed {
  url: string;
  version: Token;
  /** Moved by the gateway's own mutations through this subgraph, which it need not wait to hear of. */
  writes: number;
}

export interface DataVersionsOptions {
  /** How often each subgraph's version is read; the most a cached answer can lag a committed write. */
  pollMs: number;
  logger: Logger;
  metrics?: ServiceMetrics;
}

/**
 * Follows each subgraph's data version (kit: GET /data-version) and says when one moves. The hub
 * subgraph's moves as its sync applies a department's feed, so an answer the catalog gave is
 * dropped once the catalog has changed; a department's moves with its own writes.
 */
export class DataVersions {
  private readonly followed = new Map<string, Followed>();
  private readonly listeners: ((subgraph: string) => void)[] = [];
  private readonly generations = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;

  private readonly moves;

  constructor(private readonly options: DataVersionsOptions) {
    this.moves = options.metrics?.counter({
      name: "dlhub_gateway_data_version_changes_total",
      help: "Moves of a subgraph's data version seen by the gateway (its writes, or its version becoming unreadable or readable), by subgraph: why its cached answers went.",
      labelNames: ["subgraph"] as const,
    });
  }

  /** Follows a subgraph at its routing URL (called as the gateway builds its data sources). */
  follow(subgraph: string, routingUrl: string): void {
    const url = new URL(DATA_VERSION_PATH, routingUrl).toString();
    const known = this.followed.get(subgraph);
    if (known?.url === url) return;
    this.followed.set(subgraph, { url, version: null, writes: known?.writes ?? 0 });
    if (known) this.changed(subgraph);
    void this.poll();
  }

  /** Called with a subgraph's name whenever what it would answer may have changed. */
  onChange(listener: (subgraph: string) => void): void {
    this.listeners.push(listener);
  }

  /** What the gateway knows of each subgraph's data now; compare two with `sameFor`. */
  snapshot(): ReadonlyMap<string, Token> {
    const tokens = new Map<string, Token>();
    for (const [name, followed] of this.followed) tokens.set(name, followed.version === null ? null : `${followed.version}#${followed.writes}`);
    return tokens;
  }

  /** Whether every subgraph in `used` had a known version, the same in both snapshots. */
  static sameFor(used: Iterable<string>, before: ReadonlyMap<string, Token>, after: ReadonlyMap<string, Token>): boolean {
    for (const name of used) {
      const token = before.get(name);
      if (token === undefined || token === null || after.get(name) !== token) return false;
    }
    return true;
  }

  /** The gateway sent a mutation through these subgraphs: what they answered before is not kept. */
  wrote(subgraphs: Iterable<string>): void {
    for (const name of subgraphs) {
      const followed = this.followed.get(name);
      if (!followed) continue;
      followed.writes += 1;
      this.changed(name);
    }
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
    void this.poll();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.polling;
  }

  /** Reads every followed subgraph's version once; a round still running is not started again. */
  poll(): Promise<void> {
    this.polling ??= Promise.all([...this.followed].map(([name, followed]) => this.read(name, followed))).then(
      () => {
        this.polling = undefined;
      },
    );
    return this.polling;
  }

  private async read(name: string, followed: Followed): Promise<void> {
    let version: Token = null;
    try {
      const response = await fetch(followed.url, { signal: AbortSignal.timeout(Math.max(1000, this.options.pollMs)) });
      const body = response.ok ? ((await response.json()) as { version?: unknown }) : null;
      if (typeof body?.version === "string") version = body.version;
      else this.options.logger.debug({ subgraph: name, status: response.status }, "a subgraph gave no data version; its answers are not cached");
    } catch (error) {
      this.options.logger.debug({ subgraph: name, err: (error as Error).message }, "a subgraph's data version could not be read; its answers are not cached");
    }
    // Followed again at another URL meanwhile: this read is of the old one.
    if (this.followed.get(name) !== followed || followed.version === version) return;
    followed.version = version;
    this.moves?.inc({ subgraph: name });
    this.changed(name);
  }

  /**
   * How many times a subgraph's data has been seen to move. In-flight sharing of subgraph fetches
   * keys on it: a fetch started before a move may carry data from before it, and a query that
   * starts after the move (and would be kept under the new version) must not join it.
   */
  generation(subgraph: string): number {
    return this.generations.get(subgraph) ?? 0;
  }

  private changed(subgraph: string): void {
    this.generations.set(subgraph, this.generation(subgraph) + 1);
    for (const listener of this.listeners) listener(subgraph);
  }
}
