export { createGateway, type GatewayOptions } from "./gateway.js";
export { createGatewayServer } from "./server.js";
export { readGatewayEnv, type GatewayEnv } from "./env.js";
