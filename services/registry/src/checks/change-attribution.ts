import { type Change, ChangeType, CriticalityLevel } from "@graphql-inspector/core";
import { type OperationUsage } from "./operation-usage.js";

type UsageTest = (usage: OperationUsage, path: string) => boolean;

const ownerOf = (path: string) => path.slice(0, path.indexOf("."));
const fieldOf = (path: string) => path.split(".").slice(0, 2).join(".");

/**
 * The changes a client can feel, and which use makes an operation feel it. Other changes a client
 * could only notice through introspection or by a fragment or field graphql validation already
 * rejects (a removed type, union member or interface), so they are left to the validation check.
 */
const AFFECTS: Partial<Record<string, UsageTest>> = {
  [ChangeType.FieldRemoved]: (usage, path) => usage.fields.has(path),
  [ChangeType.FieldTypeChanged]: (usage, path) => usage.fields.has(path),
  // A new required argument: every operation selecting the field now lacks it.
  [ChangeType.FieldArgumentAdded]: (usage, path) => usage.fields.has(fieldOf(path)),
  [ChangeType.FieldArgumentRemoved]: (usage, path) => usage.arguments.has(path),
  [ChangeType.FieldArgumentTypeChanged]: (usage, path) => usage.arguments.has(path),
  // A new default only changes answers for operations that leave the argument out.
  [ChangeType.FieldArgumentDefaultChanged]: (usage, path) => usage.defaultedArguments.has(path),
  [ChangeType.EnumValueRemoved]: (usage, path) => usage.types.has(ownerOf(path)),
  [ChangeType.InputFieldRemoved]: (usage, path) => usage.types.has(ownerOf(path)),
  [ChangeType.InputFieldTypeChanged]: (usage, path) => usage.types.has(ownerOf(path)),
  [ChangeType.InputFieldAdded]: (usage, path) => usage.types.has(ownerOf(path)),
};

/** The saved operations (`client/name`) a BREAKING or DANGEROUS change reaches; [] for a safe change. */
export function operationsAffectedBy(change: Change, usages: ReadonlyMap<string, OperationUsage>): string[] {
  const affects = AFFECTS[change.type];
  if (!affects || !change.path || change.criticality.level === CriticalityLevel.NonBreaking) return [];
  const path = change.path;
  return [...usages].filter(([, usage]) => affects(usage, path)).map(([operation]) => operation);
}
