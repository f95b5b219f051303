import { type CheckReport, ERROR_CODES, ErrorCode, RegistryError, httpStatusOf } from "@dlhub/schema";
import { registryFailure } from "./registry-errors";

const report: CheckReport = {
  ok: false,
  subgraph: "parks",
  composition: { ok: false, errors: ["it does not compose"] },
  contract: null,
  changes: [],
  brokenOperations: [],
};

describe("registryFailure", () => {
  // The catalog's exit codes are what the department guide prints; here they meet what the CLI does.
  const answered = [ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.BAD_REQUEST, ErrorCode.NOT_FOUND, ErrorCode.CHECK_FAILED, ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.CONFLICT, ErrorCode.DEPARTMENT_NOT_REGISTERED] as const;

  it.each(answered)("ends a run the registry answered %s with the catalog's exit code", (code) => {
    const failure = registryFailure(new RegistryError(httpStatusOf(code), code, "as the registry said", report), "http://registry");
    expect(failure).toMatchObject({ code });
    expect(ERROR_CODES[code].exit).toEqual([failure?.exitCode]);
  });

  it("covers every code the registry answers with", () => {
    const registryCodes = Object.values(ErrorCode).filter((code) => "registry" in ERROR_CODES[code]);
    expect([...answered].sort()).toEqual(registryCodes.sort());
  });

  it.each([
    [404, ERROR_CODES.INVALID_RESPONSE.exit[0]],
    [502, ERROR_CODES.INVALID_RESPONSE.exit[1]],
  ])("ends a run whose registry address answered %i with no JSON with exit code %i", (status, exit) => {
    expect(registryFailure(new RegistryError(status, ErrorCode.INVALID_RESPONSE, "not JSON"), "http://registry")?.exitCode).toBe(exit);
  });
});
