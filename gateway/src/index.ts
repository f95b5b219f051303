export { createGateway, type Gateway, type GatewayOptions } from "./gateway.js";
export { RegistrySupergraph, type ServedSupergraph } from "./registry-supergraph.js";
export { createGatewayServer } from "./server.js";
export { readGatewayEnv, type GatewayEnv } from "./env.js";
export { forwardIdentity, identityContext, type GatewayContext, type GatewayIdentity } from "./identity.js";
export { type ConsoleAuth, type ConsoleOptions } from "./console-options.js";
export { REPOSITORY_CONSOLE_DIR, consoleAuth, readConsoleEnv, type ConsoleEnv } from "./env.js";
export { openRateLimitStore, type RateLimitStore, type RateLimitStoreSettings } from "./rate-limit-store.js";
export { CoordinateCache, UsageAggregator, type UsageReportingOptions, usagePlugins } from "./usage/index.js";
