import { type PersistedDocument } from "@dlhub/schema";
import { type Logger } from "@dlhub/subgraph-kit";

/** Where a trusted document's text is found by its id (the sha256, hex, of the text). */
export interface DocumentLookup {
  documentFor(id: string): string | undefined;
}

export interface RegistryDocumentsOptions {
  /** The registry's base URL, e.g. `http://localhost:4006`. */
  registryUrl: string;
  /** How often the registry is asked for a newer list; a registration is accepted within about this long. */
  pollIntervalMs: number;
  logger: Logger;
  requestTimeoutMs?: number;
}

/** Where the follower is: not yet started, asking the registry every interval, or stopped for good. */
type FollowerState = { phase: "idle" } | { phase: "following"; timer: NodeJS.Timeout | null } | { phase: "stopped" };

/**
 * The registry's persisted-document list (its saved operations), followed the way
 * RegistrySupergraph follows the supergraph: polled with the list's tag as ETag, so an unchanged
 * list costs a 304. A poll that fails keeps the last list served: a registry outage must not turn
 * every registered client away. Until the first list arrives no id is known.
 */
export class RegistryDocuments implements DocumentLookup {
  private documents = new Map<string, string>();
  private tag: string | null = null;
  private state: FollowerState = { phase: "idle" };
  private failure: string | null = null;

  constructor(private readonly options: RegistryDocumentsOptions) {}

  documentFor(id: string): string | undefined {
    return this.documents.get(id);
  }

  /** For /ready and tests: whether a list has arrived, its size, and why the last poll failed (null when it did not). */
  status(): { loaded: boolean; documents: number; lastFailure: string | null } {
    return { loaded: this.tag !== null, documents: this.documents.size, lastFailure: this.failure };
  }

  /** Asks at once, then every interval until `stop`. */
  start(): void {
    if (this.state.phase !== "idle") return;
    this.state = { phase: "following", timer: null };
    void this.poll();
  }

  stop(): void {
    if (this.state.phase === "following" && this.state.timer) clearTimeout(this.state.timer);
    this.state = { phase: "stopped" };
  }

  private async poll(): Promise<void> {
    try {
      await this.refresh();
      this.failure = null;
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.options.logger.warn({ err: this.failure, documents: this.documents.size }, "could not refresh the trusted documents from the registry; the last list stays");
    }
    if (this.state.phase !== "following") return;
    this.state.timer = setTimeout(() => void this.poll(), this.options.pollIntervalMs);
    this.state.timer.unref();
  }

  private async refresh(): Promise<void> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (this.tag) headers["if-none-match"] = this.tag;
    const response = await fetch(new URL("/persisted-documents", this.options.registryUrl), {
      headers,
      signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 5000),
    });
    if (response.status === 304) return;
    if (!response.ok) throw new Error(`the registry answered ${response.status}`);
    const body = (await response.json()) as { documents?: PersistedDocument[] };
    if (!Array.isArray(body.documents)) throw new Error("the registry sent no document list");
    // Built aside and swapped whole, so a request never sees half a list.
    this.documents = new Map(body.documents.map(({ id, document }) => [id, document]));
    const changed = this.tag !== null;
    this.tag = response.headers.get("etag") ?? "";
    this.options.logger.info({ documents: this.documents.size }, changed ? "following a changed trusted-document list" : "following the registry's trusted documents");
  }
}

/** A gateway without a registry (a fixed supergraph file) knows no document by id. */
export const NO_DOCUMENTS: DocumentLookup = { documentFor: () => undefined };
