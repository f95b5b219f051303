export * from "./events.js";
export * from "./signature.js";
