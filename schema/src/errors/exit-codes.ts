/** The `dlhub` CLI's exit codes, which a script or CI job can branch on; they never change meaning. */
export enum ExitCode {
  OK = 0,
  /** An unknown command or option, a missing value, a file that cannot be read. */
  USAGE = 1,
  /** The registry ran its checks and refused: composition, contract or saved operations. */
  CHECK_FAILED = 2,
  /** The registry could not be reached, failed, or refused the token (UNAUTHENTICATED, FORBIDDEN). */
  REGISTRY = 3,
}

/** What each exit code tells the person or script that ran `dlhub`; the department guide prints it. */
export const EXIT_CODE_MEANINGS: Record<ExitCode, string> = {
  [ExitCode.OK]: "done",
  [ExitCode.USAGE]: "a usage or input error: unknown command or option, a missing value or file, a folder that exists, a version that does not",
  [ExitCode.CHECK_FAILED]: "the registry's checks failed: the report says which",
  [ExitCode.REGISTRY]: "the registry could not be reached or failed, or refused the token (`UNAUTHENTICATED`, `FORBIDDEN`)",
};
