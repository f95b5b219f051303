import { ErrorCode, RegistryError } from "@dlhub/schema";
import { formatCheckReport } from "./report.js";
import { CliError, ExitCode, cliFailure } from "./io.js";

/**
 * What a registry failure means to the person at the terminal, by exit code: 2 when the registry
 * ran its checks and refused, 3 when it could not be reached, failed, or refused the token, 1 when
 * the request itself was wrong (a name, a version that does not exist).
 */
export function registryFailure(error: unknown, registryUrl: string): CliError | undefined {
  if (error instanceof RegistryError) {
    if (error.code === ErrorCode.CHECK_FAILED && error.report) {
      return cliFailure(error.code, error.message, { text: formatCheckReport(error.report), data: error.report });
    }
    if (error.code === ErrorCode.UNAUTHENTICATED) return cliFailure(error.code, `${error.message} Pass a token with --token or DLHUB_TOKEN.`);
    if (error.code === ErrorCode.FORBIDDEN) return cliFailure(error.code, error.message);
    // Any other answer, ours or a proxy's: the caller's to fix when 4xx, the registry's otherwise.
    if (error.status >= 400 && error.status < 500) return new CliError(ExitCode.USAGE, error.code, error.message);
    return new CliError(ExitCode.REGISTRY, error.code, `The registry failed: ${error.message}`);
  }
  const unreachable = unreachableReason(error, registryUrl);
  return unreachable === undefined ? undefined : cliFailure(ErrorCode.REGISTRY_UNREACHABLE, unreachable);
}

/**
 * fetch rejects with a bare TypeError("fetch failed") whose cause names the network error
 * (ECONNREFUSED, ENOTFOUND, …); a timeout rejects with a TimeoutError.
 */
function unreachableReason(caught: unknown, registryUrl: string): string | undefined {
  if (typeof caught !== "object" || caught === null) return undefined;
  const error = caught as { name?: unknown; message?: unknown; cause?: { code?: string; message?: string } };
  if (error.name === "TimeoutError") return `The registry at ${registryUrl} did not answer in time.`;
  // By name, not instanceof: fetch's errors come from Node's own realm, not always the caller's.
  if (error.name === "TypeError" && error.message === "fetch failed") {
    return `The registry at ${registryUrl} cannot be reached (${error.cause?.code ?? error.cause?.message ?? "network error"}); is it running? \`npm start\` runs one, or pass --registry.`;
  }
  return undefined;
}
