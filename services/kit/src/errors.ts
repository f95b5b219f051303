import { ErrorCode, GRAPH_CODES } from "@dlhub/schema";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { isRefusedValue } from "./database/refused-value.js";
import { isDatabaseUnavailable } from "./database/unavailable.js";

// Codes and the errors that carry them are defined once, in @dlhub/schema, with the registry and
// the CLI; the kit passes them on so a department imports everything it throws from one place.
export {
  ClientError,
  ErrorCode,
  UnavailableError,
  badUserInput,
  conflict,
  forbidden,
  notFound,
  unauthenticated,
} from "@dlhub/schema";

/** Codes shown to clients as they are: every one the graph answers with except the bare internal error. */
const SHOWN_CODES = new Set<string>(GRAPH_CODES.filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR));

/** type-graphql's own code for an `@Authorized` check that returned false; never shown, told as FORBIDDEN. */
const TYPE_GRAPHQL_REFUSAL = "UNAUTHORIZED";

/**
 * Apollo Server `formatError`: errors with one of our codes pass through; Apollo's own refusals
 * without a code become BAD_REQUEST, and a value the database would not take BAD_USER_INPUT; a
 * database that cannot be reached becomes DATABASE_UNAVAILABLE; anything else (a failing
 * statement, a bug) becomes a bare INTERNAL_SERVER_ERROR, so no stack trace, SQL or internal
 * message reaches a client. The caller logs the original.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown, log: (error: unknown) => void): GraphQLFormattedError {
  if (formatted.extensions?.code === TYPE_GRAPHQL_REFUSAL) return { ...formatted, extensions: { code: ErrorCode.FORBIDDEN } };
  const code = formatted.extensions?.code;
  if (typeof code === "string" && SHOWN_CODES.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (refusedByApollo(original)) return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
  if (isRefusedValue(original)) {
    return {
      message: "A value in the request is out of range or cannot be stored (a year before 1, a NUL character).",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
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
 * Apollo Server refuses a few requests with an HTTP 4xx status but no code: a persisted query of
 * another protocol version (or not an object at all), a query whose hash is not the one sent with
 * it. The caller's doing, so BAD_REQUEST with Apollo's message, not a masked internal error.
 */
function refusedByApollo(original: unknown): boolean {
  if (!(original instanceof GraphQLError) || original.extensions.code !== undefined) return false;
  const status = (original.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * Said of every department's top-level list: it is nullable so that, with the department down,
 * the gateway can answer everything else and name the department in a DEPARTMENT_UNAVAILABLE
 * error; a non-null root would null the whole answer instead.
 */
export const UNAVAILABLE_NOTE = "Null only when the department is unavailable (an error with code DEPARTMENT_UNAVAILABLE says so).";
