export { startHub, type Hub, type HubOptions } from "./hub.js";
export { departments } from "./departments.js";
