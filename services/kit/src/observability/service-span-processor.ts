import { type Context, trace } from "@opentelemetry/api";
import { type ReadableSpan, type Span, type SpanProcessor } from "@opentelemetry/sdk-trace-node";
import { SERVICE_ATTRIBUTE } from "./service-scope.js";

/**
 * Gives every span its parent's `dlhub.service`, so the SQL a department sends is marked as that
 * department's without the instrumentations knowing about services. A parent from another
 * process (the gateway's, through `traceparent`) carries no attributes here: the subgraph's own
 * server span is marked by serviceScope instead.
 */
export class ServiceSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const parent = trace.getSpan(parentContext) as Partial<ReadableSpan> | undefined;
    const service = parent?.attributes?.[SERVICE_ATTRIBUTE];
    if (typeof service === "string") span.setAttribute(SERVICE_ATTRIBUTE, service);
  }

  onEnd(): void {}

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}
}
