import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { GraphQLInstrumentation } from "@opentelemetry/instrumentation-graphql";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { detectResources, envDetector, hostDetector, processDetector, resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider, type SpanExporter } from "@opentelemetry/sdk-trace-node";
import { markTracingStarted } from "./service-scope.js";
import { ServiceSpanProcessor } from "./service-span-processor.js";
import { type TraceExporterName } from "./settings.js";

/**
 * Requests nobody needs a trace of, each polled every second or so by every copy of another
 * service: probes, scrapes, the hub's reads of the departments' feeds and the gateways' polls of
 * the registry's supergraph. A trace per poll would drown the coordinator's queries; how the polls
 * fare shows in the metrics (dlhub_catalog_lag_seconds, dlhub_http_requests_total).
 */
const UNTRACED_PATHS = new Set(["/health", "/ready", "/metrics", "/initiative-feed", "/place-feed", "/data-version", "/supergraph"]);

/**
 * Registers the process's tracer provider, exporting to `exporters`, and the instrumentations.
 * One tracer per process: the local hub's services share it and tell their spans apart by
 * `dlhub.service`.
 */
export function startTracingSdk(exporters: TraceExporterName[]): void {
  const provider = new NodeTracerProvider({
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (the env detector) win over the package's name.
    resource: resourceFromAttributes({ "service.name": packageServiceName() }).merge(
      detectResources({ detectors: [envDetector, hostDetector, processDetector] }),
    ),
    spanProcessors: [new ServiceSpanProcessor(), ...exporters.map((name) => new BatchSpanProcessor(exporter(name)))],
  });
  // Registers W3C trace context as the propagator and an AsyncLocalStorage context manager.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? "").split("?")[0]),
        // A request sent with a trace context of its own keeps it: the gateway sends each subgraph
        // fetch with its `gateway.fetch` span's, and a client span here would come between them.
        ignoreOutgoingRequestHook: (request) => carriesTraceContext(request.headers),
      }),
      // SQL outside a traced request (the hub's catalog sync) is not traced; parameter values never are.
      new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true, enhancedDatabaseReporting: false }),
      // Parse, validate and execute; a span per resolved field would cost more than it tells.
      new GraphQLInstrumentation({ ignoreResolveSpans: true }),
    ],
  });
  markTracingStarted();
  // Every service stops through stopOnSignals, which exits once closed; spans still queued are
  // sent meanwhile rather than lost.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void provider.forceFlush().catch(() => undefined));
}

function carriesTraceContext(headers: unknown): boolean {
  return typeof headers === "object" && headers !== null && !Array.isArray(headers) && Object.keys(headers).some((name) => name.toLowerCase() === "traceparent");
}

function exporter(name: TraceExporterName): SpanExporter {
  // The OTLP exporter reads its endpoint, headers, timeout and compression from OTEL_EXPORTER_OTLP_*.
  return name === "otlp" ? new OTLPTraceExporter() : new ConsoleSpanExporter();
}

/** `gateway` for gateway/dist/main.js: the unscoped name of the package the started script belongs to. */
function packageServiceName(): string {
  let folder = require.main ? dirname(require.main.filename) : process.cwd();
  for (;;) {
    const file = join(folder, "package.json");
    if (existsSync(file)) {
      const { name } = JSON.parse(readFileSync(file, "utf8")) as { name?: string };
      return name ? name.replace(/^@[^/]+\//, "") : "dlhub";
    }
    const parent = dirname(folder);
    if (parent === folder) return "dlhub";
    folder = parent;
  }
}

