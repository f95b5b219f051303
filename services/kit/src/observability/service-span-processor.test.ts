import { context, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { SERVICE_ATTRIBUTE, serviceScope, traceFields, withTraceContext } from "./service-scope";
import { ServiceSpanProcessor } from "./service-span-processor";

describe("spans of several services in one process", () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new ServiceSpanProcessor(), new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer("test");
  // As tracing.ts does: an AsyncLocalStorage context manager and W3C trace context, for this test file.
  beforeAll(() => provider.register());
  afterAll(() => provider.shutdown());

  it("inherit the service their request was marked with, however deep", async () => {
    const request = tracer.startSpan("POST");
    await context.with(trace.setSpan(context.active(), request), async () => {
      serviceScope("libraries")({} as never, {} as never, () => undefined);
      await tracer.startActiveSpan("graphql.execute", async (execute) => {
        await Promise.resolve();
        tracer.startSpan("pg.query").end();
        execute.end();
      });
    });
    request.end();
    expect(exporter.getFinishedSpans().map((span) => [span.name, span.attributes[SERVICE_ATTRIBUTE]])).toEqual([
      ["pg.query", "libraries"],
      ["graphql.execute", "libraries"],
      ["POST", "libraries"],
    ]);
  });

  it("give logs and outgoing requests the active span's ids, and nothing outside a span", () => {
    expect(traceFields()).toEqual({});
    tracer.startActiveSpan("request", (span) => {
      const { traceId, spanId } = span.spanContext();
      expect(traceFields()).toEqual({ trace_id: traceId, span_id: spanId });
      const headers = withTraceContext({ accept: "application/json" });
      expect([headers.get("accept"), headers.get("traceparent")]).toEqual(["application/json", `00-${traceId}-${spanId}-01`]);
      span.end();
    });
  });
});
