import { readGatewayEnv } from "./env";

describe("readGatewayEnv", () => {
  it("answers introspection except in production, unless told", () => {
    expect(readGatewayEnv({}).introspection).toBe(true);
    expect(readGatewayEnv({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(readGatewayEnv({ NODE_ENV: "production", GATEWAY_INTROSPECTION: "true" }).introspection).toBe(true);
    expect(readGatewayEnv({ GATEWAY_INTROSPECTION: "false" }).introspection).toBe(false);
    expect(() => readGatewayEnv({ GATEWAY_INTROSPECTION: "yes" })).toThrow(/GATEWAY_INTROSPECTION/);
  });

  it("limits each client to 600 requests a minute unless told otherwise", () => {
    expect(readGatewayEnv({}).rateLimitPerMinute).toBe(600);
    expect(readGatewayEnv({ GATEWAY_RATE_LIMIT_PER_MINUTE: "6000" }).rateLimitPerMinute).toBe(6000);
    expect(() => readGatewayEnv({ GATEWAY_RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/GATEWAY_RATE_LIMIT_PER_MINUTE/);
  });
});
