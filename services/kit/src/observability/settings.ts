/**
 * What the standard OpenTelemetry variables ask of tracing, read once at start. Unlike the
 * specification's default (export to localhost:4318 unless told otherwise), tracing is off until
 * an endpoint or an exporter is named: a laptop running `npm start` has no collector, and a
 * service that sends nowhere should not pay for recording spans.
 */
export type TracingSettings =
  | { state: "off"; reason: string }
  | { state: "on"; exporters: TraceExporterName[] }
  | { state: "invalid"; problems: string[] };

export type TraceExporterName = "otlp" | "console";

const EXPORTERS: readonly string[] = ["otlp", "console"] satisfies TraceExporterName[];

export function tracingSettings(env: NodeJS.ProcessEnv): TracingSettings {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return { state: "off", reason: "OTEL_SDK_DISABLED=true" };
  const named = (env.OTEL_TRACES_EXPORTER ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (named.includes("none")) return { state: "off", reason: "OTEL_TRACES_EXPORTER=none" };
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (named.length === 0 && !endpoint) return { state: "off", reason: "no OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_TRACES_EXPORTER" };
  const exporters = (named.length > 0 ? named : ["otlp"]) as TraceExporterName[];
  const problems = exporters
    .filter((name) => !EXPORTERS.includes(name))
    .map((name) => `OTEL_TRACES_EXPORTER: "${name}" is not supported; use otlp, console or none`);
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || "http/protobuf";
  if (exporters.includes("otlp") && protocol !== "http/protobuf") {
    problems.push(`OTEL_EXPORTER_OTLP_PROTOCOL: "${protocol}" is not supported; DL Hub exports traces over http/protobuf (port 4318 of a collector)`);
  }
  return problems.length > 0 ? { state: "invalid", problems } : { state: "on", exporters };
}

/**
 * Whether services record Prometheus metrics and serve them at /metrics (`DLHUB_METRICS`, on by
 * default; `off` for a deployment that exposes service ports beyond the cluster and collects
 * nothing, or to measure what metrics cost).
 */
export function metricsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.DLHUB_METRICS?.trim().toLowerCase();
  return value !== "off" && value !== "false";
}
