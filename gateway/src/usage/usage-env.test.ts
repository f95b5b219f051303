import { readGatewayEnv } from "../env";

const REGISTRY = { GATEWAY_REGISTRY_URL: "http://registry:4006" };

describe("usage reporting settings", () => {
  it("is on by default when the gateway follows a registry and holds a service token", () => {
    expect(readGatewayEnv({ ...REGISTRY, GATEWAY_USAGE_TOKEN: "jwt" }).usage).toEqual({
      registryUrl: "http://registry:4006",
      token: "jwt",
      flushIntervalMs: 5000,
      maxEntries: 5000,
    });
  });

  it("is off without a registry or a token, and when turned off", () => {
    expect(readGatewayEnv({}).usage).toBeNull();
    expect(readGatewayEnv(REGISTRY).usage).toBeNull();
    expect(readGatewayEnv({ ...REGISTRY, GATEWAY_USAGE_TOKEN: "jwt", GATEWAY_USAGE_REPORTING: "off" }).usage).toBeNull();
  });

  it("says what is missing when turned on without somewhere or a right to report", () => {
    expect(() => readGatewayEnv({ GATEWAY_USAGE_REPORTING: "on" })).toThrow(
      /GATEWAY_USAGE_REPORTING=on: needs GATEWAY_REGISTRY_URL[\s\S]*GATEWAY_USAGE_REPORTING=on: needs GATEWAY_USAGE_TOKEN/,
    );
    expect(() => readGatewayEnv({ ...REGISTRY, GATEWAY_USAGE_TOKEN: "jwt", GATEWAY_USAGE_MAX_ENTRIES: "0" })).toThrow("GATEWAY_USAGE_MAX_ENTRIES");
  });
});
