import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import { gunzipSync } from "node:zlib";
import { listenOn } from "@dlhub/subgraph-kit";
import { type WireField, hexOf, messagesOf, readFields, stringOf, varintOf } from "./protobuf-wire.js";

export type AttributeValue = string | number | boolean;

/** One span as an OTLP exporter sent it, with its resource's attributes (`service.name`…). */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** Absent for a trace's root span. */
  parentSpanId?: string;
  name: string;
  /** OTLP's SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, AttributeValue>;
  resource: Record<string, AttributeValue>;
  /** The instrumentation that made it, e.g. `@opentelemetry/instrumentation-pg`. */
  scope: string;
}

export interface OtlpReceiver {
  /** For OTEL_EXPORTER_OTLP_ENDPOINT: the exporter posts to `<url>/v1/traces`. */
  url: string;
  spans: ReceivedSpan[];
  /** Bodies that could not be read; a test expects none. */
  problems: string[];
  stop(): Promise<void>;
}

/**
 * An OpenTelemetry collector's OTLP/HTTP trace endpoint in the test process: it decodes each
 * protobuf export request (the exporters' default, http/protobuf) into spans and answers as a
 * collector does, an empty ExportTraceServiceResponse.
 */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const problems: string[] = [];
  const server = createServer((request, response) => {
    void receive(request, response).catch((error: unknown) => {
      problems.push(error instanceof Error ? error.message : String(error));
      response.writeHead(400).end();
    });
  });
  const receive = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== "POST" || request.url !== "/v1/traces") throw new Error(`unexpected ${request.method} ${request.url}`);
    if (request.headers["content-type"] !== "application/x-protobuf") throw new Error(`unexpected content type ${request.headers["content-type"]}`);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = request.headers["content-encoding"] === "gzip" ? gunzipSync(Buffer.concat(chunks)) : Buffer.concat(chunks);
    spans.push(...decodeExportRequest(body));
    response.writeHead(200, { "content-type": "application/x-protobuf" }).end();
  };
  const port = await listenOn(server, 0);
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    problems,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; } */
export function decodeExportRequest(body: Uint8Array): ReceivedSpan[] {
  return messagesOf(readFields(body), 1).flatMap((resourceSpans) => {
    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    const fields = readFields(resourceSpans);
    const [resource] = messagesOf(fields, 1);
    const resourceAttributes = resource ? attributesOf(readFields(resource), 1) : {};
    return messagesOf(fields, 2).flatMap((scopeSpans) => {
      // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
      const scopeFields = readFields(scopeSpans);
      const [scope] = messagesOf(scopeFields, 1);
      const scopeName = scope ? (stringOf(readFields(scope), 1) ?? "") : "";
      return messagesOf(scopeFields, 2).map((span) => decodeSpan(readFields(span), resourceAttributes, scopeName));
    });
  });
}

/** Span { bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5; SpanKind kind = 6; repeated KeyValue attributes = 9; } */
function decodeSpan(fields: WireField[], resource: Record<string, AttributeValue>, scope: string): ReceivedSpan {
  const traceId = hexOf(fields, 1);
  const spanId = hexOf(fields, 2);
  if (!traceId || traceId.length !== 32 || !spanId || spanId.length !== 16) throw new Error("a span without a valid trace or span id");
  return {
    traceId,
    spanId,
    parentSpanId: hexOf(fields, 4),
    name: stringOf(fields, 5) ?? "",
    kind: Number(varintOf(fields, 6) ?? 0n),
    attributes: attributesOf(fields, 9),
    resource,
    scope,
  };
}

/** KeyValue { string key = 1; AnyValue value = 2; }, scalar values only. */
function attributesOf(fields: WireField[], field: number): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const pair of messagesOf(fields, field)) {
    const pairFields = readFields(pair);
    const key = stringOf(pairFields, 1);
    const [value] = messagesOf(pairFields, 2);
    if (key === undefined || value === undefined) continue;
    const scalar = anyValueOf(readFields(value));
    if (scalar !== undefined) attributes[key] = scalar;
  }
  return attributes;
}

/** AnyValue { oneof: string_value = 1; bool_value = 2; int_value = 3; double_value = 4; … } */
function anyValueOf(fields: WireField[]): AttributeValue | undefined {
  const [first] = fields;
  if (!first) return undefined;
  if (first.field === 1 && first.wire === 2) return new TextDecoder("utf-8", { fatal: true }).decode(first.bytes);
  if (first.field === 2 && first.wire === 0) return first.value !== 0n;
  if (first.field === 3 && first.wire === 0) return Number(BigInt.asIntN(64, first.value));
  if (first.field === 4 && first.wire === 1) return Buffer.from(first.bytes).readDoubleLE(0);
  return undefined;
}
