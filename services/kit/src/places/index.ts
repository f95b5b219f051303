export * from "./place-feed.js";
export * from "./place-tracking.js";
export * from "./demo-places.js";
