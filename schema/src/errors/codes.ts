/**
 * Every stable code DL Hub answers with: `extensions.code` in the graph, `error.code` in the
 * registry's answers and in the `dlhub` CLI's `--json` output and `error[CODE]` line. Clients and
 * scripts switch on them, so adding one is an API change and renaming one breaks them. What each
 * means, its HTTP status and its CLI exit code are in `ERROR_CODES` (./catalog.ts), the one place
 * they are written down; the README's and the department guide's tables are generated from it.
 */
export enum ErrorCode {
  // Ours, in the graph (the gateway and every department's subgraph).
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  CONFLICT = "CONFLICT",
  QUERY_LIMIT_EXCEEDED = "QUERY_LIMIT_EXCEEDED",
  RATE_LIMITED = "RATE_LIMITED",
  REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE",
  DEPARTMENT_UNAVAILABLE = "DEPARTMENT_UNAVAILABLE",
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  TRUSTED_DOCUMENT_REQUIRED = "TRUSTED_DOCUMENT_REQUIRED",
  DEPARTMENT_NOT_LISTED = "DEPARTMENT_NOT_LISTED",

  // Apollo Server's (its `ApolloServerErrorCode` spells them the same), passed to clients as they are.
  BAD_REQUEST = "BAD_REQUEST",
  GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED",
  PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND",
  PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED",
  OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE",

  // The registry's own.
  CHECK_FAILED = "CHECK_FAILED",
  DEPARTMENT_NOT_REGISTERED = "DEPARTMENT_NOT_REGISTERED",

  // The dlhub CLI's own, and its registry client's.
  USAGE = "USAGE",
  INPUT = "INPUT",
  TARGET_EXISTS = "TARGET_EXISTS",
  SUBGRAPH_UNREACHABLE = "SUBGRAPH_UNREACHABLE",
  REGISTRY_UNREACHABLE = "REGISTRY_UNREACHABLE",
  INVALID_RESPONSE = "INVALID_RESPONSE",
  INTERNAL = "INTERNAL",
}
