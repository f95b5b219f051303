export * from "./database.js";
export * from "./graphql.js";
export * from "./subgraph.js";
export * from "./postgres-process.js";
export * from "./place-feed.js";
export * from "./city-data.js";
export * from "./wait.js";
