import cluster from "node:cluster";
import { type Express } from "express";
import {
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
  Counter,
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
} from "prom-client";
import { clusterMetrics, offerToPrimary } from "./cluster-metrics.js";
import { metricsEnabled } from "./settings.js";

let processRegistry: Registry | undefined;

/**
 * Node's own metrics (CPU, memory, event loop lag, garbage collection), collected once per
 * process: the local hub runs every service in one process, and two collectors would each watch
 * the same garbage collector.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * One service's metrics: its own registry, so that where several services share a process each
 * one's /metrics shows its own series (plus the process's), labelled `service`.
 */
export class ServiceMetrics {
  readonly registry: Registry;

  constructor(readonly service: string) {
    this.registry = Registry.merge([processMetrics(), new Registry()]);
    this.registry.setDefaultLabels({ service });
    offerToPrimary(this.registry);
  }

  counter<Label extends string>(configuration: Omit<CounterConfiguration<Label>, "registers">): Counter<Label> {
    return new Counter({ ...configuration, registers: [this.registry] });
  }

  gauge<Label extends string>(configuration: Omit<GaugeConfiguration<Label>, "registers">): Gauge<Label> {
    return new Gauge({ ...configuration, registers: [this.registry] });
  }

  histogram<Label extends string>(configuration: Omit<HistogramConfiguration<Label>, "registers">): Histogram<Label> {
    return new Histogram({ ...configuration, registers: [this.registry] });
  }
}

/** The service's metrics, or none when DLHUB_METRICS is off (then nothing is recorded or served). */
export function serviceMetrics(service: string, enabled = metricsEnabled()): ServiceMetrics | undefined {
  return enabled ? new ServiceMetrics(service) : undefined;
}

/**
 * GET /metrics in Prometheus's text format. Unauthenticated, like /health and /ready: the port is
 * meant to be reached from inside the cluster only (docs: README, "Metrics"). A node:cluster
 * worker answers for every worker (./cluster-metrics.ts).
 */
export function mountMetrics(app: Express, metrics: ServiceMetrics): void {
  app.get("/metrics", async (_request, response) => {
    if (cluster.isWorker) {
      const gathered = await clusterMetrics().catch((error: unknown) => error as Error);
      if (gathered instanceof Error) response.status(503).type("text/plain").send(`the workers' metrics could not be gathered: ${gathered.message}`);
      else response.set("Content-Type", gathered.contentType).send(gathered.text);
      return;
    }
    const text = await metrics.registry.metrics();
    response.set("Content-Type", metrics.registry.contentType).send(text);
  });
}

/**
 * Label values a caller chooses (operation names) kept to a bounded set: the first `limit`
 * distinct values are kept, later ones are counted as `other`, so a client inventing names
 * cannot grow the series without end.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return "other";
    this.seen.add(value);
    return value;
  }
}
