import { type GraphQLFormattedError, GraphQLError } from "graphql";

/**
 * The stable `extensions.code` values clients may rely on. Adding one is an API change; renaming
 * one breaks clients.
 */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  CONFLICT = "CONFLICT",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** An error a client caused and can fix; its message is shown as written. */
export class ClientError extends GraphQLError {
  constructor(code: Exclude<ErrorCode, ErrorCode.INTERNAL_SERVER_ERROR>, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "ClientError";
  }
}

export const badUserInput = (message: string, field?: string) =>
  new ClientError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const notFound = (what: string, id: string) =>
  new ClientError(ErrorCode.NOT_FOUND, `${what} ${JSON.stringify(id)} does not exist`);

/** Codes that graphql-js and Apollo Server assign to requests the client got wrong. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

/**
 * Apollo Server `formatError`: client errors pass through with their code; anything else (a
 * database failure, a bug) becomes a bare INTERNAL_SERVER_ERROR, so no stack trace, SQL or
 * internal message reaches a client. The caller logs the original.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown, log: (error: unknown) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_CODES.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return {
    message: "Internal server error",
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
