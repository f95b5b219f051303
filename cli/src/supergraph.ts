import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { ErrorCode } from "@dlhub/schema";
import { type Command } from "./command.js";
import { cliFailure, inputError, usageError } from "./io.js";

export const supergraphFetch: Command = {
  name: "fetch",
  summary: "print the live supergraph's SDL, or write it to a file",
  synopsis: "[--output <file>]",
  options: { output: { type: "string", value: "<file>", description: "write the SDL here instead of printing it" } },
  async run(context) {
    const supergraph = await context.registry().supergraph();
    if (!supergraph) throw cliFailure(ErrorCode.NOT_FOUND, `${context.registryUrl} has no supergraph yet: publish a subgraph first.`);
    const output = context.values.output;
    if (typeof output !== "string") return { text: [supergraph.sdl.trimEnd()], data: supergraph };
    try {
      writeFileSync(resolve(context.io.cwd, output), supergraph.sdl);
    } catch (error) {
      throw inputError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
    const names = supergraph.subgraphs.map((s) => s.name).join(", ");
    return { text: [`Wrote supergraph version ${supergraph.version} (${names}) to ${output}.`], data: { ...supergraph, output } };
  },
};

export const supergraphRollback: Command = {
  name: "rollback",
  summary: "make an earlier supergraph version live again, as a new version",
  synopsis: "--version <n>",
  options: { version: { type: "string", value: "<n>", description: "the supergraph version to restore (see the registry's history)" } },
  async run(context) {
    const given = context.values.version;
    if (typeof given !== "string") throw usageError("--version <n> is required.");
    if (!/^\d+$/.test(given) || Number(given) < 1) throw usageError(`--version must be a positive whole number, got ${JSON.stringify(given)}.`);
    const restored = await context.registry().rollback(Number(given));
    const names = restored.subgraphs.map((s) => s.name).join(", ");
    return {
      text: [`Rolled back: supergraph version ${restored.version} restores version ${given} (${names}).`],
      data: restored,
    };
  },
};
