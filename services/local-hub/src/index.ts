export { startLocalHub, type LocalHub, type LocalHubOptions } from "./local-hub.js";
export { departments } from "./departments.js";
