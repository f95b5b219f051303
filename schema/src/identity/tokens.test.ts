import { SignJWT } from "jose";
import { Role } from "./roles.js";
import { DEVELOPMENT_ISSUER, DLHUB_AUDIENCE, IdentityRejected, bearerToken, createIdentityVerifier, mintDevelopmentToken } from "./tokens.js";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const verifier = createIdentityVerifier({ secret });
const encode = (text: string) => Buffer.from(text).toString("base64url");

describe("development tokens", () => {
  it("names the subject, roles and department they were minted with", async () => {
    const token = await mintDevelopmentToken(secret, { subject: "ana@phila.gov", roles: [Role.EDITOR], department: "libraries" });
    await expect(verifier.verify(token)).resolves.toEqual({ subject: "ana@phila.gov", roles: [Role.EDITOR], department: "libraries" });
  });

  it("refuses a token signed with another secret", async () => {
    const token = await mintDevelopmentToken(`${secret}-other`, { subject: "x", roles: [Role.COORDINATOR] });
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(IdentityRejected);
  });

  it("refuses an expired token, saying so", async () => {
    const token = await new SignJWT({ roles: [Role.COORDINATOR] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience(DLHUB_AUDIENCE)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verifier.verify(token)).rejects.toThrow("expired");
  });

  it("refuses `alg: none` and a tampered payload", async () => {
    const unsigned = `${encode(JSON.stringify({ alg: "none", typ: "JWT" }))}.${encode(
      JSON.stringify({ sub: "x", roles: ["coordinator"], iss: DEVELOPMENT_ISSUER, aud: DLHUB_AUDIENCE, exp: 4102444800 }),
    )}.`;
    await expect(verifier.verify(unsigned)).rejects.toBeInstanceOf(IdentityRejected);
    const [header, , signature] = (await mintDevelopmentToken(secret, { subject: "x", roles: [] })).split(".");
    const raised = encode(JSON.stringify({ sub: "x", roles: ["coordinator"], iss: DEVELOPMENT_ISSUER, aud: DLHUB_AUDIENCE, exp: 4102444800 }));
    await expect(verifier.verify(`${header}.${raised}.${signature}`)).rejects.toBeInstanceOf(IdentityRejected);
  });

  it("refuses unknown roles and department roles without a department", async () => {
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("x").setIssuer(DEVELOPMENT_ISSUER).setAudience(DLHUB_AUDIENCE).setExpirationTime("1h").sign(new TextEncoder().encode(secret));
    await expect(verifier.verify(await sign({ roles: ["admin"] }))).rejects.toThrow("role");
    await expect(verifier.verify(await sign({ roles: ["publisher"] }))).rejects.toThrow("department");
  });

  it("reads only well-formed bearer headers", () => {
    expect(bearerToken("Bearer abc.def.ghi")).toBe("abc.def.ghi");
    expect(bearerToken("bearer abc")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it("needs a secret long enough to resist guessing", () => {
    expect(() => createIdentityVerifier({ secret: "short" })).toThrow("32 characters");
  });
});
