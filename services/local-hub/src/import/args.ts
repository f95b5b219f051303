/** What the command line asks for. */
export type ImportCommand = { help: true } | { help: false; kind: string; file: string } | { error: string };

/**
 * `<kind> <file>`, or `--help`. The kind is checked against the known ones here, so a typo is
 * reported before any file is read or database started.
 */
export function parseArgs(argv: readonly string[], kinds: readonly string[]): ImportCommand {
  if (argv.some((arg) => arg === "--help" || arg === "-h" || arg === "help")) return { help: true };
  const [kind, file, ...rest] = argv;
  if (kind === undefined || file === undefined) return { error: "expected a kind and a file" };
  if (rest.length > 0) return { error: `unexpected ${rest.map((r) => JSON.stringify(r)).join(" ")} after the file` };
  if (!kinds.includes(kind)) return { error: `unknown kind ${JSON.stringify(kind)}; the kinds are ${kinds.join(", ")}` };
  return { help: false, kind, file };
}
