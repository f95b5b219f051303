import { type BrokenOperation, type SchemaChange } from "@dlhub/schema";
import { apiSchemaOf } from "./api-schema.js";
import { operationsAffectedBy } from "./change-attribution.js";
import { deprecationOfPath } from "./deprecations.js";
import { type OperationDocument, brokenOperations, parseOperations, usagesOf } from "./saved-operations.js";
import { apiSchemaChanges, criticalityOf } from "./schema-changes.js";

export interface OperationImpact {
  /** Every API schema change, each with the operations that use what changed. */
  changes: SchemaChange[];
  /** Operations that validate against the live API schema and would not against the next. */
  brokenOperations: BrokenOperation[];
}

export const NO_IMPACT: OperationImpact = { changes: [], brokenOperations: [] };

/**
 * What serving `nextSupergraphSdl` instead of the live supergraph does to the clients' operations.
 * Publishes and deletions both ask it, so one rule judges every change to the served graph; the
 * operations are an input, so any source of operations clients rely on can be judged the same way.
 */
export async function operationImpact(liveSupergraphSdl: string | null, nextSupergraphSdl: string, operationDocuments: OperationDocument[]): Promise<OperationImpact> {
  const nextApi = apiSchemaOf(nextSupergraphSdl);
  const liveApi = liveSupergraphSdl === null ? null : apiSchemaOf(liveSupergraphSdl);
  const operations = parseOperations(operationDocuments);
  const broken = brokenOperations(operations, liveApi, nextApi);
  if (!liveApi) return { changes: [], brokenOperations: broken };
  const usages = usagesOf(operations, liveApi);
  const changes = (await apiSchemaChanges(liveApi, nextApi)).map((change): SchemaChange => {
    const criticality = criticalityOf(change);
    // A breaking or dangerous change to something deprecated says why it was deprecated; the live
    // schema's reason first, else the candidate's (a publish that deprecates and changes at once).
    const deprecationReason = criticality === "SAFE" || !change.path ? undefined : (deprecationOfPath(liveApi, change.path) ?? deprecationOfPath(nextApi, change.path));
    return {
      criticality,
      type: change.type,
      message: change.message,
      ...(change.path ? { path: change.path } : {}),
      operations: operationsAffectedBy(change, usages),
      ...(deprecationReason ? { deprecationReason } : {}),
    };
  });
  return { changes, brokenOperations: broken };
}
