import pino, { type Logger } from "pino";
import { traceFields, tracingStarted } from "./observability/service-scope.js";

export type { Logger };

/** Structured JSON logs, one logger per service, named after it; with tracing on, each line carries its trace_id and span_id. */
export function createLogger(name: string, level = "info"): Logger {
  return pino({ name, level, base: { service: name }, ...(tracingStarted() ? { mixin: traceFields } : {}) });
}
