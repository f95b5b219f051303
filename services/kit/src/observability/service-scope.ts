import { context, isSpanContextValid, propagation, trace } from "@opentelemetry/api";
import { type RequestHandler } from "express";

/**
 * The span attribute naming the DL Hub service a span belongs to. Where each service runs alone,
 * its resource's `service.name` says as much; the local hub runs every service in one process
 * under one tracer, and there this attribute is what tells the gateway's spans from the hub's.
 */
export const SERVICE_ATTRIBUTE = "dlhub.service";

let started = false;

/** Called once the process's tracer provider is registered (tracing.ts). */
export function markTracingStarted(): void {
  started = true;
}

/** Whether this process records spans: without tracing the service adds nothing per request. */
export function tracingStarted(): boolean {
  return started;
}

/**
 * First middleware of a service's app: marks the request's server span (made by the HTTP
 * instrumentation before any middleware runs) as this service's. Spans started under it inherit
 * the mark (ServiceSpanProcessor), however deep.
 */
export function serviceScope(service: string): RequestHandler {
  return (_request, _response, next) => {
    trace.getActiveSpan()?.setAttribute(SERVICE_ATTRIBUTE, service);
    next();
  };
}

/** Fields a log line gets while a span is active, so logs and traces can be joined. */
export function traceFields(): Record<string, string> {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return isSpanContextValid(span.spanContext()) ? { trace_id: traceId, span_id: spanId } : {};
}

/**
 * The headers of an outgoing request with the active span's W3C trace context (`traceparent`,
 * `tracestate`) added, so the service called continues this trace.
 */
export function withTraceContext(headers: ConstructorParameters<typeof Headers>[0]): Headers {
  const carrier = new Headers(headers);
  propagation.inject(context.active(), carrier, { set: (target, key, value) => target.set(key, value) });
  return carrier;
}
