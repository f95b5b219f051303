import { ErrorCode } from "./codes";
import { httpStatusOf } from "./catalog";
import { ClientError, notFound, untrustedIdentity } from "./client-errors";

describe("the errors a caller can fix", () => {
  it("say what does not exist, by type and id or in a sentence", () => {
    expect(notFound("Initiative", "42").message).toBe('Initiative "42" does not exist');
    expect(notFound("No supergraph has been published yet.").message).toBe("No supergraph has been published yet.");
  });

  it("carry their code in the GraphQL extensions, where clients read it, and as a property", () => {
    const error = notFound("Initiative", "42");
    expect(error).toBeInstanceOf(ClientError);
    expect(error.extensions).toEqual({ code: ErrorCode.NOT_FOUND });
    expect(error.code).toBe(ErrorCode.NOT_FOUND);
    expect(Object.keys(error)).not.toContain("code");
  });

  it("refuse a whole request for an untrusted token with HTTP 401", () => {
    expect(untrustedIdentity("The token has expired.").extensions).toEqual({ http: { status: 401 }, code: ErrorCode.UNAUTHENTICATED });
  });
});

describe("httpStatusOf", () => {
  it("gives each code the registry answers with the status it has always had", () => {
    const registry = [ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.BAD_REQUEST, ErrorCode.NOT_FOUND, ErrorCode.CHECK_FAILED, ErrorCode.INTERNAL_SERVER_ERROR] as const;
    expect(registry.map(httpStatusOf)).toEqual([401, 403, 400, 404, 422, 500]);
  });

  it("gives the gateway's refusals outside GraphQL their statuses", () => {
    expect(([ErrorCode.BAD_USER_INPUT, ErrorCode.RATE_LIMITED, ErrorCode.REQUEST_TOO_LARGE, ErrorCode.QUERY_LIMIT_EXCEEDED] as const).map(httpStatusOf)).toEqual([400, 429, 413, 400]);
  });
});
