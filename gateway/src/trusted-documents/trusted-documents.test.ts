import { ConfigurationError, createLogger } from "@dlhub/subgraph-kit";
import { readGatewayEnv } from "../env";
import { trustedDocuments } from "./index";

describe("GATEWAY_TRUSTED_DOCUMENTS", () => {
  it("requires trusted documents under NODE_ENV=production unless told otherwise, and allows free queries elsewhere", () => {
    expect(readGatewayEnv({}).trustedDocuments).toEqual({ mode: "allowed" });
    expect(readGatewayEnv({ NODE_ENV: "production" }).trustedDocuments).toEqual({ mode: "required" });
    expect(readGatewayEnv({ NODE_ENV: "production", GATEWAY_TRUSTED_DOCUMENTS: "allowed" }).trustedDocuments).toEqual({ mode: "allowed" });
    expect(readGatewayEnv({ GATEWAY_TRUSTED_DOCUMENTS: "required" }).trustedDocuments).toEqual({ mode: "required" });
    expect(() => readGatewayEnv({ GATEWAY_TRUSTED_DOCUMENTS: "yes" })).toThrow(/GATEWAY_TRUSTED_DOCUMENTS/);
  });

  it("refuses to require them without a registry to follow, which would refuse every request", () => {
    const logger = createLogger("gateway", "silent");
    expect(() => trustedDocuments({ mode: "required" }, null, logger)).toThrow(ConfigurationError);
    expect(() => trustedDocuments({ mode: "required" }, null, logger)).toThrow(/required needs GATEWAY_REGISTRY_URL/);
    expect(trustedDocuments({ mode: "allowed" }, null, logger).status()).toBeNull();
  });
});
