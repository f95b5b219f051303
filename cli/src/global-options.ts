import { type OptionSpec } from "./command.js";

export const DEFAULT_REGISTRY_URL = "http://localhost:4006";

/** Options every command takes, before or after its name, as with Rover. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  registry: { type: "string", value: "<url>", description: `the schema registry (env DLHUB_REGISTRY_URL; default ${DEFAULT_REGISTRY_URL})` },
  token: { type: "string", value: "<jwt>", description: "a bearer token for the registry (env DLHUB_TOKEN)" },
  json: { type: "boolean", description: "print one JSON document on stdout instead of text" },
  help: { type: "boolean", short: "h", description: "show this help" },
};

/** Global options that take a value, which must be skipped with it when finding the command's name. */
export const GLOBAL_OPTIONS_WITH_VALUES = new Set(
  Object.entries(GLOBAL_OPTIONS)
    .filter(([, spec]) => spec.type === "string")
    .map(([name]) => `--${name}`),
);
