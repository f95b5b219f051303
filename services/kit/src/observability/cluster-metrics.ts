import cluster, { type Worker } from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

/*
 * /metrics of a service running as several node:cluster workers (the gateway on every core). A
 * scrape lands on whichever worker the connection went to; answering with that worker's counts
 * alone would show Prometheus a fraction of the traffic, differently each scrape. So a worker
 * asks the primary, which gathers every worker's registry with prom-client's AggregatorRegistry
 * (counters and histograms summed, process metrics by each one's own aggregator) and answers.
 * The scrape URL stays the same and no extra port is opened; a service in one process is
 * untouched.
 */

const REQUEST = "dlhub:cluster-metrics-request";
const ANSWER = "dlhub:cluster-metrics";
const TIMEOUT_MS = 5000;

interface MetricsRequest {
  type: typeof REQUEST;
  id: number;
}

interface MetricsAnswer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  contentType?: string;
  error?: string;
}

const offered: Registry[] = [];

/**
 * In a worker, makes a service's registry one the primary gathers. prom-client's worker side
 * starts answering the primary once an AggregatorRegistry exists in the process.
 */
export function offerToPrimary(registry: Registry): void {
  if (!cluster.isWorker) return;
  if (offered.length === 0) new AggregatorRegistry();
  offered.push(registry);
  AggregatorRegistry.setRegistries(offered);
}

let nextId = 0;
const waiting = new Map<number, (answer: MetricsAnswer) => void>();

/** In a worker: the whole cluster's metrics, as the primary gathered them. */
export function clusterMetrics(): Promise<{ text: string; contentType: string }> {
  if (waiting.size === 0) process.on("message", settle);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish({ type: ANSWER, id, error: `the primary did not answer within ${TIMEOUT_MS} ms` }), TIMEOUT_MS);
    const finish = (answer: MetricsAnswer) => {
      clearTimeout(timer);
      waiting.delete(id);
      if (waiting.size === 0) process.off("message", settle);
      if (answer.text !== undefined && answer.contentType) resolve({ text: answer.text, contentType: answer.contentType });
      else reject(new Error(answer.error ?? "no metrics"));
    };
    waiting.set(id, finish);
    process.send?.({ type: REQUEST, id } satisfies MetricsRequest);
  });
}

function settle(message: unknown): void {
  if (isMessage<MetricsAnswer>(message, ANSWER)) waiting.get(message.id)?.(message);
}

/** In the primary: answers workers' requests for the whole cluster's metrics. */
export function answerClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker: Worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, REQUEST)) return;
    const reply = (answer: Omit<MetricsAnswer, "type" | "id">) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...answer } satisfies MetricsAnswer);
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text, contentType: aggregator.contentType }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

const isMessage = <Message extends { type: string }>(message: unknown, type: Message["type"]): message is Message =>
  typeof message === "object" && message !== null && (message as { type?: unknown }).type === type;
