import "reflect-metadata";

export * from "./contract/enums.js";
export * from "./contract/department-id.js";
export * from "./contract/scalars.js";
export * from "./contract/initiative.js";
export * from "./contract/shared-types.js";
export * from "./contract/place-record.js";
export * from "./federation/build-subgraph.js";
export * from "./federation/compose.js";
export * from "./federation/subgraph-list.js";
export { writeOrCheck } from "./sdl/drift.js";
export * from "./contract-check/index.js";
export * from "./contract/coordinate-column.js";
export * from "./identity/index.js";
export * from "./errors/index.js";
export * from "./registry-api/index.js";
export * from "./webhooks/index.js";
