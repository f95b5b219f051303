import pino, { type Logger } from "pino";

export type { Logger };

/** Structured JSON logs, one logger per service, named after it. */
export function createLogger(name: string, level = "info"): Logger {
  return pino({ name, level, base: { service: name } });
}
