export * from "./test-graph.js";
