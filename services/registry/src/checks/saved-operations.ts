import { type BrokenOperation } from "@dlhub/schema";
import { type DocumentNode, type GraphQLSchema, parse, validate } from "graphql";
import { type OperationUsage, operationUsage } from "./operation-usage.js";

/** A saved operation as the checks need it. */
export interface OperationDocument {
  client: string;
  name: string;
  document: string;
}

interface ParsedOperation extends OperationDocument {
  key: string;
  ast: DocumentNode;
}

/** How reports name a saved operation. */
export const operationKey = ({ client, name }: { client: string; name: string }) => `${client}/${name}`;

/** Parsed once per check; registration already refused documents that do not parse. */
export const parseOperations = (operations: OperationDocument[]): ParsedOperation[] =>
  operations.map((operation) => ({ ...operation, key: operationKey(operation), ast: parse(operation.document) }));

/**
 * The operations that validate against the live API schema and would not against the candidate's.
 * An operation that does not validate today (registered ahead of the fields it needs, say) is not
 * broken by this publish, so it does not block it. Before the first supergraph nothing can break.
 */
export function brokenOperations(operations: ParsedOperation[], live: GraphQLSchema | null, candidate: GraphQLSchema): BrokenOperation[] {
  if (!live) return [];
  const broken: BrokenOperation[] = [];
  for (const { client, name, ast } of operations) {
    if (validate(live, ast).length > 0) continue;
    const errors = validate(candidate, ast);
    if (errors.length > 0) broken.push({ client, name, reasons: errors.map((error) => error.message) });
  }
  return broken;
}

/** What each operation uses of the live schema, where removed and changed elements still exist. */
export function usagesOf(operations: ParsedOperation[], live: GraphQLSchema): Map<string, OperationUsage> {
  return new Map(operations.map(({ key, ast }) => [key, operationUsage(live, ast)]));
}
