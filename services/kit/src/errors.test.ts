import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { ErrorCode, badUserInput, maskError } from "./errors";

describe("maskError", () => {
  const logged: unknown[] = [];
  const log = (error: unknown) => logged.push(error);

  it("passes client errors through with their code and without a stack trace", () => {
    const error = badUserInput("`first` must be at most 200", "first");
    const formatted = { message: error.message, extensions: { ...error.extensions, stacktrace: ["at x"] } };
    expect(maskError(formatted, error, log)).toEqual({
      message: "`first` must be at most 200",
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: "first" },
    });
  });

  it("tells type-graphql's refusal of an @Authorized field as FORBIDDEN", () => {
    const original = new GraphQLError("Access denied! You don't have permission for this action!", { extensions: { code: "UNAUTHORIZED" } });
    expect(maskError({ message: original.message, path: ["a"], extensions: { code: "UNAUTHORIZED" } }, original, log)).toMatchObject({
      path: ["a"],
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  });

  it("hides everything else behind INTERNAL_SERVER_ERROR and logs the original", () => {
    const original = new GraphQLError('relation "hot_spot_lab" does not exist');
    const masked = maskError({ message: original.message, path: ["a"], extensions: { code: "SOMETHING" } }, original, log);
    expect(masked).toEqual({ message: "Internal server error", path: ["a"], locations: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logged).toContain(original);
  });

  it("tells a database that cannot be reached as DATABASE_UNAVAILABLE, without its details", () => {
    const original = new GraphQLError("connect ECONNREFUSED 10.0.0.5:5432", { originalError: Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432"), { code: "ECONNREFUSED" }) });
    const masked = maskError({ message: original.message, path: ["a"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, original, log);
    expect(masked).toEqual({
      message: "The database is unavailable right now; try again shortly.",
      path: ["a"],
      locations: undefined,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    });
  });

  it("tells Apollo Server's refusal without a code (a persisted query of another version) as BAD_REQUEST", () => {
    const original = new GraphQLError("Unsupported persisted query version", { extensions: { http: { status: 400 } } });
    expect(maskError({ message: original.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, original, log)).toEqual({
      message: "Unsupported persisted query version",
      extensions: { code: ErrorCode.BAD_REQUEST },
    });
  });

  it.each([
    ["22008", "date/time field value out of range"],
    ["22021", 'invalid byte sequence for encoding "UTF8": 0x00'],
    ["22003", "value out of range for type bigint"],
  ])("tells a value the database refused (SQLSTATE %s) as BAD_USER_INPUT, without the database's words", (code, message) => {
    const original = new GraphQLError(message, { originalError: Object.assign(new Error(message), { driverError: { code } }) });
    const masked = maskError({ message, path: ["initiatives"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, original, log);
    expect(masked).toMatchObject({ path: ["initiatives"], extensions: { code: ErrorCode.BAD_USER_INPUT } });
    expect(masked.message).not.toContain(message);
  });

  it("keeps a division by zero, a bug of ours, an internal error", () => {
    const original = new GraphQLError("division by zero", { originalError: Object.assign(new Error("division by zero"), { code: "22012" }) });
    expect(maskError({ message: original.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, original, log).extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
  });

  // The graph's codes, as the kit listed them before the one catalog in @dlhub/schema.
  const shown = [
    "BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT", "QUERY_LIMIT_EXCEEDED", "RATE_LIMITED", "REQUEST_TOO_LARGE",
    "DEPARTMENT_UNAVAILABLE", "DATABASE_UNAVAILABLE", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "PERSISTED_QUERY_NOT_FOUND",
    "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE", "BAD_REQUEST",
    "TRUSTED_DOCUMENT_REQUIRED",
  ];

  it.each(shown)("shows %s as it is", (code) => {
    const formatted = { message: "as written", extensions: { code } };
    expect(maskError(formatted, new GraphQLError("as written"), log)).toEqual(formatted);
  });

  it.each(["CHECK_FAILED", "USAGE", "REGISTRY_UNREACHABLE"])("masks %s, a registry or CLI code no resolver throws", (code) => {
    expect(maskError({ message: "x", extensions: { code } }, new GraphQLError("x"), log).extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
  });
});

describe("ErrorCode", () => {
  it("spells Apollo Server's codes as Apollo Server does", () => {
    for (const code of Object.values(ApolloServerErrorCode)) expect(ErrorCode[code as keyof typeof ErrorCode]).toBe(code);
  });
});
