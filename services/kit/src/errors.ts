import { type GraphQLFormattedError, GraphQLError } from "graphql";
import { isDatabaseUnavailable } from "./database/unavailable.js";

/**
 * The stable `extensions.code` values clients may rely on. Adding one is an API change; renaming
 * one breaks clients.
 */
export enum ErrorCode {
  /** An argument is out of range or malformed; `extensions.field` names it when there is one. */
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  CONFLICT = "CONFLICT",
  /**
   * The operation is beyond one of the gateway's limits (HTTP 400): `extensions.limit` names it
   * (`depth`, `aliases`, `directives`, `tokens`, `cost`) and `extensions.max` gives its value.
   */
  QUERY_LIMIT_EXCEEDED = "QUERY_LIMIT_EXCEEDED",
  /** Too many requests from one client (HTTP 429); `Retry-After` and `extensions.retryAfterSeconds` say when to retry. */
  RATE_LIMITED = "RATE_LIMITED",
  /** The request body is larger than the server reads (HTTP 413). */
  REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE",
  /**
   * A department's subgraph did not answer (down, too slow, or an unusable answer); its fields
   * are null and `extensions.department` names it. The rest of the response stands.
   */
  DEPARTMENT_UNAVAILABLE = "DEPARTMENT_UNAVAILABLE",
  /** A subgraph cannot reach its database right now (restarting, down); worth retrying shortly. */
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

type OutageCode = ErrorCode.DEPARTMENT_UNAVAILABLE | ErrorCode.DATABASE_UNAVAILABLE;

/** An error a client caused and can fix; its message is shown as written. */
export class ClientError extends GraphQLError {
  constructor(code: Exclude<ErrorCode, ErrorCode.INTERNAL_SERVER_ERROR | OutageCode>, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "ClientError";
  }
}

/** A part of the hub that cannot answer now: not the client's doing, but safe to tell and worth retrying. */
export class UnavailableError extends GraphQLError {
  constructor(code: OutageCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "UnavailableError";
  }
}

export const badUserInput = (message: string, field?: string) =>
  new ClientError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const notFound = (what: string, id: string) =>
  new ClientError(ErrorCode.NOT_FOUND, `${what} ${JSON.stringify(id)} does not exist`);

/** No identity, or one that could not be trusted (HTTP 401 when it refuses the whole request). */
export const unauthenticated = (message = "Sign in to do this.") => new ClientError(ErrorCode.UNAUTHENTICATED, message);

/** A known identity without the role this needs. */
export const forbidden = (message = "Your role does not allow this.") => new ClientError(ErrorCode.FORBIDDEN, message);

/** The thing changed since the client read it, or the change would duplicate one already made. */
export const conflict = (message: string) => new ClientError(ErrorCode.CONFLICT, message);

/** Codes shown to clients as they are: ours, and those Apollo Server gives requests the client got wrong. */
const SHOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

/**
 * Apollo Server `formatError`: errors with one of our codes pass through; a database that cannot
 * be reached becomes DATABASE_UNAVAILABLE; anything else (a failing statement, a bug) becomes a
 * bare INTERNAL_SERVER_ERROR, so no stack trace, SQL or internal message reaches a client. The
 * caller logs the original.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown, log: (error: unknown) => void): GraphQLFormattedError {
  // type-graphql's own refusal (an `@Authorized` check that returned false) says UNAUTHORIZED.
  if (formatted.extensions?.code === "UNAUTHORIZED") return { ...formatted, extensions: { code: ErrorCode.FORBIDDEN } };
  const code = formatted.extensions?.code;
  if (typeof code === "string" && SHOWN_CODES.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  if (isDatabaseUnavailable(original)) {
    return {
      message: "The database is unavailable right now; try again shortly.",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  return {
    message: "Internal server error",
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * Said of every department's top-level list: it is nullable so that, with the department down,
 * the gateway can answer everything else and name the department in a DEPARTMENT_UNAVAILABLE
 * error; a non-null root would null the whole answer instead.
 */
export const UNAVAILABLE_NOTE = "Null only when the department is unavailable (an error with code DEPARTMENT_UNAVAILABLE says so).";
