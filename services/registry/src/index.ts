import "reflect-metadata";

export { isReportOk } from "./checks/report.js";
export { type CheckInput, type CheckOutcome, runChecks } from "./checks/run-checks.js";
export { type OperationUsage, operationUsage } from "./checks/operation-usage.js";
export { apiSchemaOf } from "./checks/api-schema.js";
export { apiSchemaChanges, criticalityOf } from "./checks/schema-changes.js";
export { openRegistryDatabase, REGISTRY_ENTITIES, REGISTRY_MIGRATIONS } from "./data-source.js";
export { CheckFailed } from "./errors.js";
export { FEED_PROBE_TIMEOUT_MS, type FeedPage, type FeedProbe, type FeedProbeResult, probeInitiativeFeed } from "./feed-probe.js";
export { createRegistryApp, type RegistryAppOptions } from "./http.js";
export { NAME_PATTERN } from "./inputs.js";
export { Registry, type RegistryOptions } from "./registry.js";
export { type RegistryService, type RegistryServiceOptions, startRegistry } from "./service.js";
export { type RegistryEnv, readRegistryEnv } from "./env.js";
export { DEFAULT_DELIVERY_SETTINGS, type DeliverySettings, type SubgraphDeleted, WebhookDispatcher, Webhooks, recordEvent, recordSubgraphDeleted } from "./webhooks/index.js";
export { brokenUsageOf, recordUsage, usageInWindow, usageSummary, usedCoordinates } from "./usage/index.js";
export { Departments } from "./departments/index.js";
