/**
 * The schema lint rules: the contract's conventions for what a subgraph adds to the public graph.
 * Like the contract's rule ids, these are report fields that a CLI prints and a CI log is searched
 * for, so they never change meaning; a new rule gets a new id.
 */
export enum LintRule {
  TYPE_DESCRIPTION = "TYPE_DESCRIPTION",
  FIELD_DESCRIPTION = "FIELD_DESCRIPTION",
  TYPE_NAME = "TYPE_NAME",
  FIELD_NAME = "FIELD_NAME",
  ARGUMENT_NAME = "ARGUMENT_NAME",
  ENUM_VALUE_NAME = "ENUM_VALUE_NAME",
}

export const LINT_RULE_DESCRIPTIONS: Record<LintRule, string> = {
  [LintRule.TYPE_DESCRIPTION]: "Every public type a subgraph defines has a description (root types excepted).",
  [LintRule.FIELD_DESCRIPTION]: "Every public field and input field a subgraph defines has a description (@external fields are their owner's).",
  [LintRule.TYPE_NAME]: "Type names are PascalCase, e.g. `ComputerLab`.",
  [LintRule.FIELD_NAME]: "Field and input field names are camelCase, e.g. `startDate`.",
  [LintRule.ARGUMENT_NAME]: "Argument names are camelCase, e.g. `first`, `recreationCenterId`.",
  [LintRule.ENUM_VALUE_NAME]: "Enum values are UPPER_SNAKE_CASE, e.g. `LIMITED_ENGLISH`.",
};

/** An error refuses the check like any other failed check; a warning is reported and passes. */
export type LintSeverity = "error" | "warning";

export interface LintFinding {
  rule: LintRule;
  severity: LintSeverity;
  /** The schema coordinate at fault: `Type`, `Type.field`, `Type.field(argument:)` or `Enum.VALUE`. */
  coordinate: string;
  message: string;
}
