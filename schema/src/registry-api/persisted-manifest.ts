import { createHash } from "node:crypto";
import { Kind, parse } from "graphql";
import { type OperationInput } from "./types.js";

/** A manifest that cannot be registered; the message lists every problem. */
export class ManifestError extends Error {}

/**
 * A client's persisted-documents manifest (`{ "sha256:<hex>": "<document>" }`, as graphql-codegen's
 * client preset writes persisted-documents.json) as the operations to register: each document
 * exactly as written, since its id at the registry is the sha256 of that text and must equal the
 * one the client sends, named by the one operation it holds.
 */
export function operationsFromManifest(manifest: unknown): OperationInput[] {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    throw new ManifestError('a persisted-documents manifest is a JSON object of "sha256:<hex>": "<document>"');
  }
  const problems: string[] = [];
  const operations: OperationInput[] = [];
  const names = new Set<string>();
  for (const [key, document] of Object.entries(manifest)) {
    if (typeof document !== "string") {
      problems.push(`${key}: the document must be a string`);
      continue;
    }
    const hash = createHash("sha256").update(document, "utf8").digest("hex");
    if (key.replace(/^sha256:/, "") !== hash) problems.push(`${key}: is not the sha256 of its document (${hash}); regenerate the manifest`);
    const name = operationName(document);
    if (typeof name !== "string") problems.push(`${key}: ${name.problem}`);
    else if (names.has(name)) problems.push(`${key}: a second operation named ${name}`);
    else {
      names.add(name);
      operations.push({ name, document });
    }
  }
  if (problems.length > 0) throw new ManifestError(problems.join("; "));
  return operations;
}

function operationName(document: string): string | { problem: string } {
  let definitions;
  try {
    definitions = parse(document).definitions;
  } catch (error) {
    return { problem: `does not parse: ${(error as Error).message}` };
  }
  const operations = definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || !operations[0].name) return { problem: "must hold exactly one named operation" };
  return operations[0].name.value;
}
