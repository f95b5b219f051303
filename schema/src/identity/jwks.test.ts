import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { Role } from "./roles.js";
import { IdentityRejected, createIdentityVerifier, mintDevelopmentToken } from "./tokens.js";

/**
 * Production identity: tokens from the City's OIDC provider, checked against its published key
 * set (JWKS) served over real HTTP, with the issuer and audience the deployment names.
 */
describe("tokens from an identity provider's key set", () => {
  const issuer = "https://login.phila.example/oidc";
  let server: Server;
  let jwksUrl: string;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
  let otherKey: typeof privateKey;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair("RS256")).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "city-2026", alg: "RS256", use: "sig" };
    server = createServer((_request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (key: typeof privateKey, claims: Record<string, unknown>, overrides: { issuer?: string; audience?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "city-2026" })
      .setSubject("ana.coordinator@phila.example")
      .setIssuer(overrides.issuer ?? issuer)
      .setAudience(overrides.audience ?? "dlhub")
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(key);

  it("accepts the provider's signed token and reads its roles", async () => {
    const verifier = createIdentityVerifier({ jwksUrl, issuer });
    await expect(verifier.verify(await sign(privateKey, { roles: [Role.COORDINATOR] }))).resolves.toEqual({
      subject: "ana.coordinator@phila.example",
      roles: [Role.COORDINATOR],
    });
  });

  it("refuses a token signed by another key, another issuer or for another audience", async () => {
    const verifier = createIdentityVerifier({ jwksUrl, issuer });
    await expect(verifier.verify(await sign(otherKey, { roles: [Role.COORDINATOR] }))).rejects.toBeInstanceOf(IdentityRejected);
    await expect(verifier.verify(await sign(privateKey, { roles: [] }, { issuer: "https://evil.example" }))).rejects.toBeInstanceOf(IdentityRejected);
    await expect(verifier.verify(await sign(privateKey, { roles: [] }, { audience: "another-app" }))).rejects.toBeInstanceOf(IdentityRejected);
  });

  it("refuses a development token (HS256) once a key set is configured", async () => {
    const verifier = createIdentityVerifier({ jwksUrl, issuer });
    const development = await mintDevelopmentToken("a-development-secret-that-is-long-enough", { subject: "x", roles: [Role.COORDINATOR] });
    await expect(verifier.verify(development)).rejects.toBeInstanceOf(IdentityRejected);
  });
});
