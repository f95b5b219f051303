import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Command } from "./command.js";
import { inputError, usageError } from "./io.js";
import { fetchServiceSdl } from "./schema-source.js";

export const subgraphIntrospect: Command = {
  name: "introspect",
  summary: "print a running subgraph's SDL (its { _service { sdl } }), or write it to a file",
  synopsis: "--url <url> [--output <file>]",
  options: {
    url: { type: "string", value: "<url>", description: "the subgraph's GraphQL URL, e.g. http://localhost:4004/graphql" },
    output: { type: "string", value: "<file>", description: "write the SDL here instead of printing it" },
  },
  async run(context) {
    const url = context.values.url;
    if (typeof url !== "string" || url === "") throw usageError("--url <subgraph url> is required.");
    const sdl = await fetchServiceSdl(url);
    const output = context.values.output;
    if (typeof output !== "string") return { text: [sdl.trimEnd()], data: { url, sdl } };
    try {
      writeFileSync(resolve(context.io.cwd, output), sdl);
    } catch (error) {
      throw inputError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
    return { text: [`Wrote the SDL of ${url} to ${output}.`], data: { url, sdl, output } };
  },
};
