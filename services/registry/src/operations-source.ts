import { type EntityManager } from "typeorm";
import { type OperationDocument } from "./checks/saved-operations.js";
import { SavedOperationRow } from "./entities/saved-operation.entity.js";

/**
 * Where a publish or a deletion learns which operations clients rely on, read in the caller's
 * transaction. Today the saved operations; a source of the operations clients actually sent can be
 * added here, and every change to the served graph is then judged against both alike.
 */
export type OperationsSource = (manager: EntityManager) => Promise<OperationDocument[]>;

export const savedOperations: OperationsSource = (manager) =>
  manager.find(SavedOperationRow, { select: { client: true, name: true, document: true }, order: { client: "ASC", name: "ASC" } });
