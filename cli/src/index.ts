export { type Command, type CommandContext, type CommandGroup, type CommandOutput, type OptionSpec } from "./command.js";
export { DLHUB } from "./commands.js";
export { CliError, type DlhubIo, ExitCode } from "./io.js";
export { runDlhub } from "./run.js";
export * from "./scaffold/index.js";
