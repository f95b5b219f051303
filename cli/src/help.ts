import { type Command, type CommandGroup, type OptionSpec } from "./command.js";
import { GLOBAL_OPTIONS } from "./global-options.js";

/** Usage text for a level of the tree: what it is, its commands, the global options. */
export function groupHelp(path: string[], group: CommandGroup): string {
  const width = Math.max(...group.children.map((child) => child.name.length));
  return [
    `${path.join(" ")}: ${group.summary}`,
    "",
    "Usage:",
    `  ${path.join(" ")} <command> [options]`,
    "",
    "Commands:",
    ...group.children.map((child) => `  ${child.name.padEnd(width)}  ${child.summary}`),
    "",
    ...optionLines("Global options:", GLOBAL_OPTIONS),
    `Run \`${path.join(" ")} <command> --help\` for a command's options.`,
    ...(path.length === 1 ? [`Run \`${path[0]} --version\` (or -V) for its version.`] : []),
    "",
  ].join("\n");
}

/** Usage text for one command: synopsis, its options, the global options. */
export function commandHelp(path: string[], command: Command): string {
  return [
    `${path.join(" ")}: ${command.summary}`,
    "",
    "Usage:",
    `  ${path.join(" ")} ${command.synopsis}`.trimEnd(),
    "",
    ...(Object.keys(command.options).length > 0 ? optionLines("Options:", command.options) : []),
    ...optionLines("Global options:", GLOBAL_OPTIONS),
  ].join("\n");
}

function optionLines(heading: string, options: Record<string, OptionSpec>): string[] {
  const label = (name: string, spec: OptionSpec) =>
    `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
  const labels = Object.entries(options).map(([name, spec]) => [label(name, spec), spec.description] as const);
  const width = Math.max(...labels.map(([l]) => l.length));
  return [heading, ...labels.map(([l, description]) => `  ${l.padEnd(width)}  ${description}`), ""];
}
