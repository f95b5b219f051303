import { type LintFinding, LintRule, type LintSeverity } from "@dlhub/schema";

/**
 * How much each rule weighs. Naming is an error: a name is part of the API for good, and renaming it
 * later is a breaking change for every client, so it is cheapest to get right before the first
 * publish. A missing description is a warning: clients still work, and the departments' shared
 * contract fields (copied into each subgraph) would otherwise block every department's next publish
 * for documentation alone; the report shows the gaps so they are filled over time.
 */
export const LINT_SEVERITY: Record<LintRule, LintSeverity> = {
  [LintRule.TYPE_DESCRIPTION]: "warning",
  [LintRule.FIELD_DESCRIPTION]: "warning",
  [LintRule.TYPE_NAME]: "error",
  [LintRule.FIELD_NAME]: "error",
  [LintRule.ARGUMENT_NAME]: "error",
  [LintRule.ENUM_VALUE_NAME]: "error",
};

export const finding = (rule: LintRule, coordinate: string, message: string): LintFinding => ({ rule, severity: LINT_SEVERITY[rule], coordinate, message });

// GraphQL's own conventions (graphql.org's and every Apollo sample's): the words a client writes.
const PASCAL_CASE = /^[A-Z][a-zA-Z0-9]*$/;
const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

export const isPascalCase = (name: string) => PASCAL_CASE.test(name);
export const isCamelCase = (name: string) => CAMEL_CASE.test(name);
export const isUpperSnake = (name: string) => UPPER_SNAKE.test(name);
