import { readFileSync } from "node:fs";
import { type Logger } from "@dlhub/subgraph-kit";
import { type GatewayEnv } from "../env.js";
import { RegistrySupergraph } from "../registry-supergraph.js";
import { type SupergraphMessage } from "./messages.js";

/**
 * The primary's one reading of the supergraph, for every worker: the file, read once, or the
 * registry, followed by one RegistrySupergraph (one poll per interval whatever the number of
 * workers). `latest` is what a worker that asks is sent; `onSupergraph` hears each new one.
 */
export class PrimarySupergraph {
  private message: SupergraphMessage | null = null;
  private stopRegistry: (() => Promise<void>) | null = null;

  constructor(
    private readonly env: Pick<GatewayEnv, "registry" | "supergraphPath">,
    private readonly logger: Logger,
    private readonly onSupergraph: (message: SupergraphMessage) => void,
  ) {}

  get latest(): SupergraphMessage | null {
    return this.message;
  }

  /** Reads the file at once; the registry's first supergraph arrives when it has one (workers wait for it). */
  start(): void {
    if (!this.env.registry) {
      this.serve({ type: "dlhub:supergraph", sdl: readFileSync(this.env.supergraphPath, "utf8"), served: null });
      return;
    }
    const registry = new RegistrySupergraph({
      ...this.env.registry,
      logger: this.logger,
      onServed: ({ sdl, version, hash }) => this.serve({ type: "dlhub:supergraph", sdl, served: { version, hash } }),
    });
    // No gateway here to update: the workers' gateways are, through onServed.
    registry.initialize({ update: () => undefined }).then(
      ({ cleanup }) => (this.stopRegistry = cleanup),
      (error: unknown) => this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, "stopped following the registry"),
    );
  }

  async stop(): Promise<void> {
    await this.stopRegistry?.();
  }

  private serve(message: SupergraphMessage): void {
    this.message = message;
    this.onSupergraph(message);
  }
}
