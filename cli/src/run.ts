import { parseArgs } from "node:util";
import { ErrorCode, RegistryClient } from "@dlhub/schema";
import { type Command, type CommandGroup, type CommandOutput, isGroup } from "./command.js";
import { DLHUB } from "./commands.js";
import { DEFAULT_REGISTRY_URL, GLOBAL_OPTIONS, GLOBAL_OPTIONS_WITH_VALUES } from "./global-options.js";
import { commandHelp, groupHelp } from "./help.js";
import { CliError, type DlhubIo, ExitCode, cliFailure, usageError } from "./io.js";
import { registryFailure } from "./registry-errors.js";
import { cliVersion } from "./version.js";

/**
 * Runs one dlhub command line in this process and returns its exit code; the bin passes the real
 * streams, tests pass buffers. Whatever happens, the person sees a sentence (or, with `--json`, one
 * JSON document on stdout), never a stack.
 */
export async function runDlhub(argv: string[], io: DlhubIo, root: CommandGroup = DLHUB): Promise<number> {
  // Known before parsing, so even a usage error answers in JSON when asked to.
  const json = argv.includes("--json");
  // Only before any command, as `git --version`: a command's own options never collide with it.
  if (argv[0] === "--version" || argv[0] === "-V") {
    io.stdout.write(json ? `${JSON.stringify({ ok: true, data: { version: cliVersion() }, error: null }, null, 2)}\n` : `${cliVersion()}\n`);
    return ExitCode.OK;
  }
  try {
    const { path, node, rest } = findCommand(root, argv);
    if (isGroup(node)) return groupWithoutCommand(path, node, rest, io);
    const output = await runCommand(path, node, rest, io);
    if (output === "help") return ExitCode.OK;
    if (json) io.stdout.write(`${JSON.stringify({ ok: true, data: output.data, error: null }, null, 2)}\n`);
    else if (output.text.length > 0) io.stdout.write(`${output.text.join("\n")}\n`);
    return ExitCode.OK;
  } catch (caught) {
    const error = asCliError(caught);
    if (json) {
      const document = { ok: false, data: error.details?.data ?? null, error: { code: error.code, message: error.message } };
      io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    } else {
      if (error.details?.text.length) io.stdout.write(`${error.details.text.join("\n")}\n`);
      io.stderr.write(`error[${error.code}]: ${error.message}\n`);
    }
    return error.exitCode;
  }
}

/** Walks the command tree along the leading names, skipping global options wherever they stand. */
function findCommand(root: CommandGroup, argv: string[]) {
  const path = [root.name];
  const rest: string[] = [];
  let node: Command | CommandGroup = root;
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] as string;
    if (!isGroup(node) || token.startsWith("-")) {
      rest.push(token);
      if (isGroup(node) && GLOBAL_OPTIONS_WITH_VALUES.has(token) && i + 1 < argv.length) rest.push(argv[(i += 1)] as string);
      continue;
    }
    const child: Command | CommandGroup | undefined = node.children.find((c) => c.name === token);
    if (!child) {
      throw usageError(`unknown command "${token}" for "${path.join(" ")}"; run \`${path.join(" ")} --help\` to see the commands.`);
    }
    path.push(child.name);
    node = child;
  }
  return { path, node, rest };
}

function groupWithoutCommand(path: string[], group: CommandGroup, rest: string[], io: DlhubIo): number {
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(groupHelp(path, group));
    return ExitCode.OK;
  }
  io.stderr.write(groupHelp(path, group));
  throw usageError(`"${path.join(" ")}" needs a command; see the list above.`);
}

async function runCommand(path: string[], command: Command, rest: string[], io: DlhubIo): Promise<CommandOutput | "help"> {
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageError(`${(error as Error).message.split(". ")[0]}; run \`${path.join(" ")} --help\` for its options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(commandHelp(path, command));
    return "help";
  }
  const { min, max } = command.positionals ?? { min: 0, max: 0 };
  if (positionals.length < min || positionals.length > max) {
    const noun = (n: number) => `${n} argument${n === 1 ? "" : "s"}`;
    const expected = min === max ? noun(min) : max === Infinity ? `at least ${noun(min)}` : `${min} to ${noun(max)}`;
    throw usageError(`"${path.join(" ")}" takes ${expected}, got ${positionals.length}; usage: ${path.join(" ")} ${command.synopsis}`);
  }
  const registryUrl = stringValue(values.registry) ?? nonEmpty(io.env.DLHUB_REGISTRY_URL) ?? DEFAULT_REGISTRY_URL;
  const token = stringValue(values.token) ?? nonEmpty(io.env.DLHUB_TOKEN);
  try {
    return await command.run({
      io,
      values,
      positionals,
      registryUrl,
      registry: () => registryClient(registryUrl, token),
    });
  } catch (error) {
    throw registryFailure(error, registryUrl) ?? error;
  }
}

/**
 * A publish waits for the feed probe (2 s at most) and composition; a minute is ample, and a
 * registry that hangs must not hang a CI job with it.
 */
const REGISTRY_TIMEOUT_MS = 60_000;

const fetchWithTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(REGISTRY_TIMEOUT_MS) });

function registryClient(url: string, token: string | undefined): RegistryClient {
  if (!/^https?:\/\//.test(url)) throw usageError(`--registry must be an http:// or https:// URL, got ${JSON.stringify(url)}.`);
  try {
    return new RegistryClient(url, { ...(token === undefined ? {} : { token }), fetch: fetchWithTimeout });
  } catch {
    throw usageError(`--registry must be a URL, got ${JSON.stringify(url)}.`);
  }
}

const stringValue = (value: unknown) => (typeof value === "string" ? value : undefined);
const nonEmpty = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());

function asCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  // A fault of dlhub's own: still one sentence, so the person can report it.
  return cliFailure(ErrorCode.INTERNAL, `dlhub failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
}
