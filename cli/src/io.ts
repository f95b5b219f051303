/** Where a dlhub run reads and writes: the process's streams in the bin, buffers in tests. */
export interface DlhubIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Exit codes a script or CI job can branch on; they never change meaning. */
export enum ExitCode {
  OK = 0,
  /** An unknown command or option, a missing value, a file that cannot be read. */
  USAGE = 1,
  /** The registry ran its checks and refused: composition, contract or saved operations. */
  CHECK_FAILED = 2,
  /** The registry could not be reached, failed, or refused the token (UNAUTHENTICATED, FORBIDDEN). */
  REGISTRY = 3,
}

/**
 * A failure the person at the terminal can act on. Its message is printed as written, never with a
 * stack; `details` is what the command learned before failing (a check report), printed first.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    /** A stable word for `--json` readers and for `error[CODE]` in the human output. */
    readonly code: string,
    message: string,
    readonly details?: { text: string[]; data: unknown },
  ) {
    super(message);
    this.name = "CliError";
  }
}

export const usageError = (message: string) => new CliError(ExitCode.USAGE, "USAGE", message);
export const inputError = (message: string) => new CliError(ExitCode.USAGE, "INPUT", message);
