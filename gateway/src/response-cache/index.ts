export { Answers } from "./answers.js";
export { type ResponseCacheSettings, cacheResponses } from "./cache-responses.js";
export { DataVersions } from "./data-versions.js";
export { subgraphUsed } from "./used-subgraphs.js";
