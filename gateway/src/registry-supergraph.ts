import { type SupergraphManager } from "@apollo/gateway";
import { type Logger } from "@dlhub/subgraph-kit";

export interface ServedSupergraph {
  version: number;
  hash: string;
}

/** A supergraph source that says which registry version it serves (the registry, or a worker's copy of it). */
export interface SupergraphFollower extends SupergraphManager {
  readonly current: ServedSupergraph | null;
}

/** A supergraph as the registry composed it: its SDL and which version that is. */
export interface PublishedSupergraph extends ServedSupergraph {
  sdl: string;
}

export interface RegistrySupergraphOptions {
  /** The registry's base URL, e.g. `http://localhost:4006`. */
  registryUrl: string;
  /** How often the registry is asked for a newer supergraph; a publish is served within about this long. */
  pollIntervalMs: number;
  logger: Logger;
  requestTimeoutMs?: number;
  /** Told of each supergraph once it is served, the first one included (a gateway's workers are sent it). */
  onServed?: (supergraph: PublishedSupergraph) => void;
}

type SupergraphResponse = PublishedSupergraph;

/**
 * Serves whatever supergraph the registry last composed. The registry only stores supergraphs
 * that passed composition and every check, so the gateway never sees a rejected publish; it asks
 * with the served version as an ETag and most polls end in a cheap 304. A new supergraph is handed
 * to the gateway's `update`, which swaps schemas for new requests while requests already running
 * finish on the one they started with.
 */
export class RegistrySupergraph implements SupergraphFollower {
  private served: ServedSupergraph | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: RegistrySupergraphOptions) {}

  /** The supergraph version now served, for /ready. */
  get current(): ServedSupergraph | null {
    return this.served;
  }

  async initialize({ update }: { update: (supergraphSdl: string) => void }) {
    const first = await this.firstSupergraph();
    this.served = { version: first.version, hash: first.hash };
    this.options.onServed?.(first);
    this.schedule(update);
    return {
      supergraphSdl: first.sdl,
      cleanup: async () => {
        this.stopped = true;
        if (this.timer) clearTimeout(this.timer);
      },
    };
  }

  /** Waits for the registry (it may start after the gateway, or hold no supergraph yet). */
  private async firstSupergraph(): Promise<SupergraphResponse> {
    for (let attempt = 1; ; attempt++) {
      try {
        const found = await this.fetchNewer();
        if (found) return found;
        this.options.logger.warn("the registry holds no supergraph yet; waiting for a first publish");
      } catch (error) {
        this.options.logger.warn({ err: messageOf(error), attempt }, "the registry did not answer; retrying");
      }
      if (this.stopped) throw new Error("stopped before the registry answered");
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.options.pollIntervalMs * attempt, 5000)));
    }
  }

  private schedule(update: (supergraphSdl: string) => void): void {
    this.timer = setTimeout(async () => {
      try {
        const newer = await this.fetchNewer();
        if (newer) {
          update(newer.sdl);
          this.served = { version: newer.version, hash: newer.hash };
          this.options.onServed?.(newer);
          this.options.logger.info({ version: newer.version }, "serving a newly published supergraph");
        }
      } catch (error) {
        // The served supergraph stays: a registry outage must not take the graph down with it.
        this.options.logger.warn({ err: messageOf(error) }, "could not refresh the supergraph from the registry");
      }
      if (!this.stopped) this.schedule(update);
    }, this.options.pollIntervalMs);
    this.timer.unref();
  }

  /** The registry's current supergraph if it differs from the served one, else null. */
  private async fetchNewer(): Promise<SupergraphResponse | null> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (this.served) headers["if-none-match"] = `"${this.served.version}"`;
    const response = await fetch(new URL("/supergraph", this.options.registryUrl), {
      headers,
      signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 5000),
    });
    if (response.status === 304 || response.status === 404) return null;
    if (!response.ok) throw new Error(`the registry answered ${response.status}`);
    const body = (await response.json()) as SupergraphResponse;
    if (typeof body.sdl !== "string" || typeof body.version !== "number") throw new Error("the registry sent no supergraph");
    return body.version === this.served?.version ? null : body;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
