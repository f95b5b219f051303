/**
 * Whether an error means the database cannot be reached right now (stopped, restarting, out of
 * connections, network gone) rather than that a statement is wrong. Such errors are told to
 * clients as DATABASE_UNAVAILABLE, worth retrying; every other database error stays masked.
 *
 * The error may arrive wrapped: a GraphQLError around a resolver's error, TypeORM's
 * QueryFailedError around node-postgres's (`driverError`), graphql-js's NonErrorThrown around a
 * value it did not recognise as an Error (`thrownValue`: an error from another realm, such as a
 * test sandbox), or an error with a `cause`. Hence duck typing, not `instanceof Error`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return anyCause(error, looksUnavailable);
}

/** Whether `error` or one of the errors it wraps passes `test`. */
export function anyCause(error: unknown, test: (cause: Wrapped) => boolean): boolean {
  for (let current = error, depth = 0; typeof current === "object" && current !== null && depth < 5; depth++) {
    const wrapped = current as Wrapped;
    if (test(wrapped)) return true;
    current = wrapped.originalError ?? wrapped.driverError ?? wrapped.thrownValue ?? wrapped.cause;
  }
  return false;
}

export interface Wrapped {
  code?: unknown;
  message?: unknown;
  originalError?: unknown;
  driverError?: unknown;
  thrownValue?: unknown;
  cause?: unknown;
}

// Node's socket errors when the server is not there (or went away mid-request).
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

// SQLSTATEs: class 08 (connection exception); 57P01-57P03 (administrator or crash shutdown, the
// server is starting or stopping); 53300 (too many connections).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;

// node-postgres reports a dropped connection or a pool that could not connect in time by message
// only, with no code.
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|not queryable/i;

function looksUnavailable({ code, message }: Wrapped): boolean {
  if (typeof code === "string" && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  return typeof message === "string" && UNAVAILABLE_MESSAGE.test(message);
}
