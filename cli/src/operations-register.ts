import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ManifestError, operationsFromManifest } from "@dlhub/schema";
import { type DefinitionNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse, print, visit } from "graphql";
import { type Command } from "./command.js";
import { inputError, usageError } from "./io.js";

export interface OperationFromFile {
  name: string;
  document: string;
  file: string;
}

export const operationsRegister: Command = {
  name: "register",
  summary: "save the operations a client depends on (replacing its earlier set), so publishes that break them are refused",
  synopsis: "--client <name> [--manifest <persisted-documents.json>] [<file.graphql> …]",
  positionals: { min: 0, max: Infinity },
  options: {
    client: { type: "string", value: "<name>", description: "the client the operations belong to, e.g. coordinator-dashboard" },
    manifest: { type: "string", value: "<file>", description: "a persisted-documents manifest (codegen's persisted-documents.json): its documents become the client's trusted documents" },
  },
  async run(context) {
    const client = context.values.client;
    if (typeof client !== "string" || client === "") throw usageError("--client <name> is required.");
    const manifest = context.values.manifest;
    if (context.positionals.length === 0 && typeof manifest !== "string") throw usageError("give the operations: <file.graphql> files, --manifest <file>, or both.");
    const operations = context.positionals.flatMap((file) => operationsInFile(resolve(context.io.cwd, file), file));
    if (typeof manifest === "string") operations.push(...operationsInManifest(resolve(context.io.cwd, manifest), manifest));
    const seen = new Map<string, string>();
    for (const { name, file } of operations) {
      const earlier = seen.get(name);
      if (earlier !== undefined) throw inputError(`operation ${name} is defined in both ${earlier} and ${file}; operation names must be unique per client.`);
      seen.set(name, file);
    }
    const saved = await context.registry().registerOperations(client, operations.map(({ name, document }) => ({ name, document })));
    return {
      text: [
        `Registered ${saved.length} operation${saved.length === 1 ? "" : "s"} of ${client} (replacing its earlier set); publishes that break them are refused:`,
        ...operations.map((o) => `  - ${o.name} (${o.file})`),
      ],
      data: saved,
    };
  },
};

/**
 * Each named operation of a file, as its own document with the fragments it uses (directly or
 * through other fragments): the registry validates each alone, and an unused fragment would fail.
 */
export function operationsInFile(path: string, given: string): OperationFromFile[] {
  if (!existsSync(path)) throw inputError(`cannot read ${given}: no such file.`);
  let definitions: readonly DefinitionNode[];
  try {
    definitions = parse(readFileSync(path, "utf8")).definitions;
  } catch (error) {
    throw inputError(`${given} does not parse: ${(error as Error).message}`);
  }
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length === 0) throw inputError(`${given} holds no query, mutation or subscription.`);
  return operations.map((operation) => {
    if (!operation.name) throw inputError(`${given} holds an anonymous operation; name every operation (query MyName { … }).`);
    const used = usedFragments(operation, fragments, given);
    return {
      name: operation.name.value,
      document: print({ kind: Kind.DOCUMENT, definitions: [operation, ...used] }),
      file: given,
    };
  });
}

/** A persisted-documents manifest's documents, each registered exactly as written (its id is the hash of that text). */
export function operationsInManifest(path: string, given: string): OperationFromFile[] {
  if (!existsSync(path)) throw inputError(`cannot read ${given}: no such file.`);
  try {
    return operationsFromManifest(JSON.parse(readFileSync(path, "utf8"))).map((operation) => ({ ...operation, file: given }));
  } catch (error) {
    if (error instanceof ManifestError || error instanceof SyntaxError) throw inputError(`${given} is not a usable persisted-documents manifest: ${error.message}`);
    throw error;
  }
}

function usedFragments(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, given: string): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: DefinitionNode[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop() as DefinitionNode, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (used.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw inputError(`${given}: fragment ${name} is used but not defined in the file.`);
        used.set(name, fragment);
        pending.push(fragment);
      },
    });
  }
  return [...used.values()];
}
