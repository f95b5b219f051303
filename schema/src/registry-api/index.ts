export { type BrokenOperation, type ChangeCriticality, type CheckReport, type SchemaChange } from "./check-report.js";
export { RegistryClient, type RegistryClientOptions, RegistryError } from "./client.js";
export * from "./types.js";
export { ManifestError, operationsFromManifest } from "./persisted-manifest.js";
export { LINT_RULE_DESCRIPTIONS, type LintFinding, LintRule, type LintSeverity } from "./lint.js";
export * from "./usage.js";
export * from "./departments.js";
export * from "./deprecated-usage.js";
