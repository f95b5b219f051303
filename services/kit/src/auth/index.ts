export * from "./auth-checker.js";
export * from "./forwarded-identity.js";
