import cluster, { type Worker } from "node:cluster";
import { type Logger } from "@dlhub/subgraph-kit";
import { type GatewayMessage, isGatewayMessage } from "./messages.js";

/** Between a worker's unexpected death and its replacement: a worker that dies at once is not restarted in a hot loop. */
const RESTART_DELAY_MS = 1000;
/** How long workers have to finish their requests and close once asked to stop, before they are killed. */
const STOP_GRACE_MS = 15_000;

/**
 * The gateway's N workers, forked from this primary; they share the listening port (node:cluster
 * hands each new connection to one of them, in turn). A worker that dies unexpectedly is replaced;
 * `listening` hears once, when all N first listen.
 */
export class WorkerPool {
  private stopping = false;
  private readonly listeningWorkers = new Set<number>();
  private announced = false;

  constructor(
    private readonly size: number,
    private readonly logger: Logger,
    private readonly listening: (port: number) => void,
  ) {}

  start(): void {
    cluster.on("message", this.received);
    cluster.on("exit", this.exited);
    for (let i = 0; i < this.size; i++) cluster.fork();
  }

  /** Sends a message to every worker able to hear it. */
  broadcast(message: GatewayMessage): void {
    for (const worker of this.workers()) if (worker.isConnected()) worker.send(message);
  }

  /**
   * Asks every worker to close gracefully (each finishes its requests: the kit's `close`) and
   * waits for them to exit; rejects if one had to be killed or exited with an error.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const exits = this.workers().map(
      (worker) =>
        new Promise<boolean>((resolve) => {
          if (worker.isDead()) return resolve(worker.process.exitCode === 0);
          const kill = setTimeout(() => worker.process.kill("SIGKILL"), STOP_GRACE_MS);
          worker.once("exit", (code) => {
            clearTimeout(kill);
            resolve(code === 0);
          });
          if (worker.isConnected()) worker.send({ type: "dlhub:stop" } satisfies GatewayMessage);
          else worker.process.kill("SIGTERM");
        }),
    );
    const clean = await Promise.all(exits);
    if (!clean.every(Boolean)) throw new Error("a worker did not close cleanly");
  }

  private workers(): Worker[] {
    return Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
  }

  private readonly received = (worker: Worker, message: unknown): void => {
    if (!isGatewayMessage(message, "dlhub:listening")) return;
    this.listeningWorkers.add(worker.id);
    if (this.announced || this.listeningWorkers.size < this.size) return;
    this.announced = true;
    this.listening(message.port);
  };

  private readonly exited = (worker: Worker, code: number | null, signal: string | null): void => {
    this.listeningWorkers.delete(worker.id);
    if (this.stopping) return;
    this.logger.error({ pid: worker.process.pid, code, signal }, `a gateway worker died; starting another in ${RESTART_DELAY_MS} ms`);
    setTimeout(() => {
      if (!this.stopping) cluster.fork();
    }, RESTART_DELAY_MS);
  };
}
