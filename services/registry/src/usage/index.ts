export { brokenUsageOf } from "./broken-usage.js";
export { usageQuery, usageReport } from "./usage-input.js";
export { usageSummary } from "./usage-summary.js";
export { type WindowUsage, pruneUsage, recordUsage, usageInWindow, usedCoordinates } from "./usage-store.js";
