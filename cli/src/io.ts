import { type CodeWithOneExit, ErrorCode, ExitCode, exitCodeOf } from "@dlhub/schema";

// The exit codes and what each code ends a run with are in @dlhub/schema's error-code catalog.
export { ExitCode };

/** Where a dlhub run reads and writes: the process's streams in the bin, buffers in tests. */
export interface DlhubIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  cwd: string;
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

/** A failure with one of the codes the catalog gives a single exit code, which it ends the run with. */
export const cliFailure = (code: CodeWithOneExit, message: string, details?: CliError["details"]) => new CliError(exitCodeOf(code), code, message, details);

export const usageError = (message: string) => cliFailure(ErrorCode.USAGE, message);
export const inputError = (message: string) => cliFailure(ErrorCode.INPUT, message);
