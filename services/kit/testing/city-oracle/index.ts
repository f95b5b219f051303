// The City's raw files read and placed independently of the importers, so tests can hold the
// hub's answers against the files rather than against the hub's own reading.
export * from "./point-in-polygon.js";
export * from "./raw-files.js";
export * from "./locator.js";
