export * from "./roles.js";
export * from "./tokens.js";
export * from "./development-secret.js";
export * from "./forwarding.js";
