import { ErrorCode } from "./codes.js";
import { ExitCode } from "./exit-codes.js";

/**
 * How the graph answers with a code: beside the rest of the data in an HTTP 200 answer (`field`),
 * by refusing the whole request with the code's `status` (`request`), or either way (`either`; the
 * meaning says when).
 */
export type GraphAnswer = "field" | "request" | "either";

export interface ErrorCodeEntry {
  /** What it means and what to do about it, in a department developer's words; the docs print it. */
  meaning: string;
  /**
   * The HTTP status of an answer that carries this error alone: a GraphQL request refused before it
   * runs, or an answer outside the graph (the registry's, a change feed's, the console's).
   */
  status?: number;
  /** Set when the graph (the gateway, a department's subgraph) answers with it. */
  graph?: GraphAnswer;
  /** The registry answers with it, with `status`. */
  registry?: true;
  /** The `dlhub` CLI can end with it, with this exit code (or one of these, by the registry's HTTP status). */
  exit?: readonly ExitCode[];
}

/** The one place each code is described; a code without an entry does not compile. */
export const ERROR_CODES = {
  [ErrorCode.BAD_USER_INPUT]: {
    meaning:
      "an argument out of range or malformed (`extensions.field` names it), e.g. `first: 1000` or a date that does not exist, or a value the database cannot hold (the year 0, a NUL character); 400 when a variable's value cannot be read at all, or outside GraphQL (a change feed's `limit` or cursor, the console's development sign-in)",
    status: 400,
    graph: "either",
  },
  [ErrorCode.NOT_FOUND]: {
    meaning:
      "what was asked for does not exist: an initiative to change, a subgraph or supergraph version in the registry, development sign-in where the gateway offers none, or a path no service serves (404)",
    status: 404,
    graph: "field",
    registry: true,
    exit: [ExitCode.USAGE],
  },
  [ErrorCode.UNAUTHENTICATED]: {
    meaning:
      "no identity where one is needed, or a token that cannot be trusted (expired, tampered, unknown role), which refuses the whole request with 401",
    status: 401,
    graph: "either",
    registry: true,
    exit: [ExitCode.REGISTRY],
  },
  [ErrorCode.FORBIDDEN]: {
    meaning: "a known identity whose role does not allow this, e.g. an editor changing another department's data, or a publish of another department's subgraph",
    status: 403,
    graph: "field",
    registry: true,
    exit: [ExitCode.REGISTRY],
  },
  [ErrorCode.CONFLICT]: {
    meaning: "the thing changed since the client read it (a stale `version`), or the change would duplicate one already made: read it again and retry; from the registry, a department registered again with another name or contact",
    status: 409,
    graph: "field",
    registry: true,
    exit: [ExitCode.USAGE],
  },
  [ErrorCode.QUERY_LIMIT_EXCEEDED]: {
    meaning: "an operation beyond a limit; `extensions.limit` (`depth`, `aliases`, `directives`, `tokens`, `cost`, `introspectionDepth`) and `extensions.max`",
    status: 400,
    graph: "request",
  },
  [ErrorCode.RATE_LIMITED]: {
    meaning: "too many requests; `Retry-After` and `extensions.retryAfterSeconds`",
    status: 429,
    graph: "request",
  },
  [ErrorCode.REQUEST_TOO_LARGE]: {
    meaning: "a body over 100 kB",
    status: 413,
    graph: "request",
  },
  [ErrorCode.DEPARTMENT_UNAVAILABLE]: {
    meaning: "a department is down, too slow or answers nonsense: its fields are null, `extensions.department` names it, the rest of the answer stands",
    graph: "field",
  },
  [ErrorCode.DATABASE_UNAVAILABLE]: {
    meaning: "a subgraph cannot reach its database (a PostgreSQL restart); its `/ready` answers 503 meanwhile and it resumes by itself",
    graph: "field",
  },
  [ErrorCode.INTERNAL_SERVER_ERROR]: {
    meaning: "anything unexpected, with no detail; the service logs it. 500 when it happens outside GraphQL (the registry, a change feed)",
    status: 500,
    graph: "either",
    registry: true,
    exit: [ExitCode.REGISTRY],
  },
  [ErrorCode.TRUSTED_DOCUMENT_REQUIRED]: {
    meaning:
      "the gateway runs only registered documents (GATEWAY_TRUSTED_DOCUMENTS=required, production's default) and the request sent a query text that is not one: send the registered document's id instead",
    status: 400,
    graph: "request",
  },
  [ErrorCode.BAD_REQUEST]: {
    meaning:
      "a body that is not JSON or holds no query, a request a browser could send cross-site (CSRF prevention), a mutation over GET (405), a charset other than UTF-8 or an unknown `Content-Encoding` (415), an `Accept` without JSON (406), a persisted query of another version or whose hash does not match; from the registry, input it cannot use, such as operations that do not parse (413 for a body over 2 MB)",
    status: 400,
    graph: "request",
    registry: true,
    exit: [ExitCode.USAGE],
  },
  [ErrorCode.GRAPHQL_PARSE_FAILED]: {
    meaning: "the operation is not valid GraphQL: a syntax error, an unterminated string",
    status: 400,
    graph: "request",
  },
  [ErrorCode.GRAPHQL_VALIDATION_FAILED]: {
    meaning:
      "the operation asks for what the schema does not have (an unknown field, enum value or argument, a `subscription`) or breaks a GraphQL rule (a fragment cycle, introspection cycling through `fields` more than graphql-js allows)",
    status: 400,
    graph: "request",
  },
  [ErrorCode.PERSISTED_QUERY_NOT_FOUND]: {
    meaning:
      "a document id (`documentId`, or the persisted-query extension's `sha256Hash`) the gateway knows no registered document by: register the client's operations (`dlhub operations register`), or send the query text where the gateway allows free queries (Apollo's and urql's clients do so by themselves)",
    status: 200,
    graph: "request",
  },
  [ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: {
    meaning: "persisted queries are turned off: send the query text (DL Hub's servers accept them; passed on as Apollo Server says it)",
    status: 200,
    graph: "request",
  },
  [ErrorCode.OPERATION_RESOLUTION_FAILURE]: {
    meaning: "`operationName` names no operation in the document, or the document holds several and names none",
    status: 400,
    graph: "request",
  },
  [ErrorCode.CHECK_FAILED]: {
    meaning:
      "the registry ran its checks and refused: the subgraph does not compose, breaks the hub contract, would break a saved operation or breaks a schema lint rule of severity error; or, for a deletion, the rest would not compose or a saved operation needs it; the report (`report`, the CLI's `data`) says which",
    status: 422,
    registry: true,
    exit: [ExitCode.CHECK_FAILED],
  },
  [ErrorCode.DEPARTMENT_NOT_LISTED]: {
    meaning:
      "a deprecated enum-typed `department` field asked of a department registered after the closed `Department` list: the list has no value for it (`extensions.departmentId` names it); select `departmentId` and `departmentName` instead",
    graph: "field",
  },
  [ErrorCode.DEPARTMENT_NOT_REGISTERED]: {
    meaning:
      "a publish or check of a subgraph (or a publisher token) for a department the registry does not know: ask the coordinator to run `dlhub department register <id> --name <display name>` first; nothing was stored",
    status: 403,
    registry: true,
    exit: [ExitCode.USAGE],
  },
  [ErrorCode.USAGE]: {
    meaning: "an unknown command or option, or a missing or malformed value; `--help` shows the right one",
    exit: [ExitCode.USAGE],
  },
  [ErrorCode.INPUT]: {
    meaning: "a file or address the command was given cannot be used: no such file, an empty schema, a URL that is not a subgraph",
    exit: [ExitCode.USAGE],
  },
  [ErrorCode.TARGET_EXISTS]: {
    meaning: "`dlhub subgraph init` was asked to write into a folder that already exists",
    exit: [ExitCode.USAGE],
  },
  [ErrorCode.SUBGRAPH_UNREACHABLE]: {
    meaning: "`--url` names a subgraph that cannot be reached: is it running?",
    exit: [ExitCode.USAGE],
  },
  [ErrorCode.REGISTRY_UNREACHABLE]: {
    meaning: "the registry cannot be reached or did not answer in time: is it running (`npm start` runs one), or is `--registry` right?",
    exit: [ExitCode.REGISTRY],
  },
  [ErrorCode.INVALID_RESPONSE]: {
    meaning: "the registry's address answered with something that is not JSON (a proxy's error page, say); 1 for a 4xx answer, 3 otherwise",
    exit: [ExitCode.USAGE, ExitCode.REGISTRY],
  },
  [ErrorCode.INTERNAL]: {
    meaning: "the CLI failed in a way it did not expect; the message says how",
    exit: [ExitCode.USAGE],
  },
} as const satisfies Record<ErrorCode, ErrorCodeEntry>;

/** The codes that have an HTTP status of their own, read from the entries themselves. */
export type CodeWithStatus = { [C in ErrorCode]: (typeof ERROR_CODES)[C] extends { status: number } ? C : never }[ErrorCode];

/**
 * The HTTP status of an answer refused with `code` alone. Only codes that have one may ask (the
 * type says which), so no answer goes out with a status nobody wrote down here.
 */
export function httpStatusOf(code: CodeWithStatus): number {
  return ERROR_CODES[code].status;
}

/** The codes the `dlhub` CLI always ends with the same exit code, read from the entries themselves. */
export type CodeWithOneExit = { [C in ErrorCode]: (typeof ERROR_CODES)[C] extends { exit: readonly [ExitCode] } ? C : never }[ErrorCode];

/** The exit code the `dlhub` CLI ends with when it fails with `code`. */
export function exitCodeOf(code: CodeWithOneExit): ExitCode {
  return ERROR_CODES[code].exit[0];
}

/** The codes the graph answers with, each shown to clients as it is. */
export const GRAPH_CODES: readonly ErrorCode[] = codesWhere((entry) => entry.graph !== undefined);

/** Every code's entry, typed as the general shape (the literal types above are for `CodeWithStatus`). */
export function entryOf(code: ErrorCode): ErrorCodeEntry {
  return ERROR_CODES[code];
}

function codesWhere(keep: (entry: ErrorCodeEntry) => boolean): ErrorCode[] {
  return Object.values(ErrorCode).filter((code) => keep(entryOf(code)));
}
