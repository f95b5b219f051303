import { type PublishedSupergraph } from "../registry-supergraph.js";

/*
 * What a gateway's primary and its workers tell each other over node:cluster's IPC channel. The
 * rate limiter (rate-limiter-flexible) and the metrics (prom-client, the kit) speak on the same
 * channel in messages of their own; every side ignores messages it does not know.
 */

/** The supergraph to serve: a fixed file's SDL (no version), or the registry's latest. */
export interface SupergraphMessage {
  type: "dlhub:supergraph";
  sdl: string;
  served: Omit<PublishedSupergraph, "sdl"> | null;
}

/** A worker, once ready for it, asks for the supergraph being served; the answer is a SupergraphMessage. */
export interface SupergraphRequest {
  type: "dlhub:supergraph-request";
}

/** A worker listens on the shared port. */
export interface ListeningMessage {
  type: "dlhub:listening";
  port: number;
}

/** The primary asks a worker to close gracefully and exit. */
export interface StopMessage {
  type: "dlhub:stop";
}

export type GatewayMessage = SupergraphMessage | SupergraphRequest | ListeningMessage | StopMessage;

export function isGatewayMessage<Type extends GatewayMessage["type"]>(message: unknown, type: Type): message is Extract<GatewayMessage, { type: Type }> {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === type;
}
