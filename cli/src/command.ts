import { type RegistryClient } from "@dlhub/schema";
import { type DlhubIo } from "./io.js";

/** One option of a command, in node's util.parseArgs terms plus what help prints. */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** The placeholder help shows, e.g. `<url>`. */
  value?: string;
  description: string;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  io: DlhubIo;
  values: OptionValues;
  positionals: string[];
  /** The registry the global options and environment name, with the caller's token. */
  registry(): RegistryClient;
  registryUrl: string;
}

/** What a command hands back on success: lines for people and one value for `--json`. */
export interface CommandOutput {
  text: string[];
  data: unknown;
}

export interface Command {
  name: string;
  summary: string;
  /** The synopsis after `dlhub <group> <name>`, e.g. `--name <name> (--schema <file> | --url <url>)`. */
  synopsis: string;
  options: Record<string, OptionSpec>;
  /** How many positional arguments it takes, and what help calls them. */
  positionals?: { min: number; max: number };
  run(context: CommandContext): Promise<CommandOutput>;
}

/** A level of the command tree: `dlhub`, `dlhub subgraph`, … Adding a command is adding an entry. */
export interface CommandGroup {
  name: string;
  summary: string;
  children: (Command | CommandGroup)[];
}

export const isGroup = (node: Command | CommandGroup): node is CommandGroup => "children" in node;
