import { type Logger } from "@dlhub/subgraph-kit";
import { type ServedSupergraph, type SupergraphFollower } from "../registry-supergraph.js";
import { type SupergraphMessage, isGatewayMessage } from "./messages.js";

/** The supergraph the primary serves, asked for once this worker is ready to hear it. */
export function supergraphFromPrimary(): Promise<SupergraphMessage> {
  return new Promise((resolve) => {
    const receive = (message: unknown) => {
      if (!isGatewayMessage(message, "dlhub:supergraph")) return;
      process.off("message", receive);
      resolve(message);
    };
    process.on("message", receive);
    // Asked rather than waited for: a broadcast sent while this worker was still starting was not heard.
    process.send?.({ type: "dlhub:supergraph-request" });
  });
}

/**
 * A worker's registry supergraph: the primary follows the registry once for every worker and
 * sends each new supergraph over IPC, so all workers serve the same version and the registry is
 * polled once, not once per worker. Like RegistrySupergraph, a new one is handed to the gateway's
 * `update`; `current` is the version this worker serves, for /ready.
 */
export class ForwardedSupergraph implements SupergraphFollower {
  private latest: SupergraphMessage;
  private served: ServedSupergraph | null = null;
  private update: ((supergraphSdl: string) => void) | null = null;

  constructor(first: SupergraphMessage, private readonly logger: Logger) {
    this.latest = first;
    process.on("message", this.receive);
  }

  get current(): ServedSupergraph | null {
    return this.served;
  }

  async initialize({ update }: { update: (supergraphSdl: string) => void }) {
    this.update = update;
    this.served = this.latest.served;
    return {
      supergraphSdl: this.latest.sdl,
      cleanup: async () => {
        this.update = null;
        process.off("message", this.receive);
      },
    };
  }

  private readonly receive = (message: unknown): void => {
    if (!isGatewayMessage(message, "dlhub:supergraph") || !message.served) return;
    // The primary may send a version twice (a broadcast and the answer to this worker's request).
    if (message.served.version === this.latest.served?.version) return;
    this.latest = message;
    if (!this.update) return;
    try {
      this.update(message.sdl);
      this.served = message.served;
      this.logger.info({ version: message.served.version }, "serving a newly published supergraph");
    } catch (error) {
      // As with the registry: the served supergraph stays rather than the graph going down.
      this.logger.warn({ err: error instanceof Error ? error.message : String(error), version: message.served.version }, "could not serve the supergraph the primary sent");
    }
  };
}
