import { ConfigurationError } from "@dlhub/subgraph-kit";
import { readGatewayEnv } from "./env";

const tokenSecret = "t".repeat(32);
const forwardingSecret = "f".repeat(32);

describe("the gateway's identity settings", () => {
  it("are absent without any: every caller is anonymous", () => {
    expect(readGatewayEnv({}).identity).toBeNull();
  });

  it("pair a token secret or JWKS URL with the forwarding secret", () => {
    expect(readGatewayEnv({ DLHUB_TOKEN_SECRET: tokenSecret, DLHUB_FORWARDING_SECRET: forwardingSecret }).identity).toEqual({
      token: { secret: tokenSecret },
      forwardingSecret,
    });
    const env = { DLHUB_JWKS_URL: "https://id.phila.gov/jwks", DLHUB_TOKEN_ISSUER: "https://id.phila.gov", DLHUB_TOKEN_AUDIENCE: "dlhub", DLHUB_FORWARDING_SECRET: forwardingSecret };
    expect(readGatewayEnv(env).identity).toEqual({
      token: { jwksUrl: "https://id.phila.gov/jwks", issuer: "https://id.phila.gov", audience: "dlhub" },
      forwardingSecret,
    });
  });

  it.each([
    ["a token secret without a forwarding secret", { DLHUB_TOKEN_SECRET: tokenSecret }],
    ["a forwarding secret without a way to check tokens", { DLHUB_FORWARDING_SECRET: forwardingSecret }],
    ["both a secret and a JWKS URL", { DLHUB_TOKEN_SECRET: tokenSecret, DLHUB_JWKS_URL: "https://id.phila.gov/jwks", DLHUB_FORWARDING_SECRET: forwardingSecret }],
    ["the same secret for both", { DLHUB_TOKEN_SECRET: tokenSecret, DLHUB_FORWARDING_SECRET: tokenSecret }],
    ["a short forwarding secret", { DLHUB_TOKEN_SECRET: tokenSecret, DLHUB_FORWARDING_SECRET: "short" }],
  ])("refuse %s", (_label, env) => {
    expect(() => readGatewayEnv(env)).toThrow(ConfigurationError);
  });
});
