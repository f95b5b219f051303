export { type BrokenOperation, type ChangeCriticality, type CheckReport, type SchemaChange } from "./check-report.js";
export { RegistryClient, type RegistryClientOptions, RegistryError } from "./client.js";
export * from "./types.js";
export * from "./usage.js";
