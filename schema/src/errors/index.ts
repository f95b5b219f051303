export * from "./codes.js";
export * from "./catalog.js";
export * from "./client-errors.js";
export * from "./exit-codes.js";
