import { SignJWT } from "jose";
import { FORWARDING_AUDIENCE, FORWARDING_ISSUER, createIdentityForwarding } from "./forwarding.js";
import { Role } from "./roles.js";
import { IdentityRejected, mintDevelopmentToken } from "./tokens.js";

const secret = "a-forwarding-secret-that-is-long-enough-0123";
const forwarding = createIdentityForwarding(secret);
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const now = () => Math.floor(Date.now() / 1000);

const signed = (claims: Record<string, unknown>, options: { issuer?: string; audience?: string; issuedAt?: number; expiresAt?: number; key?: string } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("ana@phila.gov")
    .setIssuer(options.issuer ?? FORWARDING_ISSUER)
    .setAudience(options.audience ?? FORWARDING_AUDIENCE)
    .setIssuedAt(options.issuedAt ?? now())
    .setExpirationTime(options.expiresAt ?? now() + 60)
    .sign(new TextEncoder().encode(options.key ?? secret));

describe("forwarded identities", () => {
  it("carry the subject, roles and department from the gateway to a subgraph", async () => {
    const editor = { subject: "ana@phila.gov", roles: [Role.EDITOR], department: "libraries" };
    await expect(forwarding.verify(await forwarding.sign(editor))).resolves.toEqual(editor);
    const coordinator = { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] };
    await expect(forwarding.verify(await forwarding.sign(coordinator))).resolves.toEqual(coordinator);
  });

  it("live sixty seconds", async () => {
    const [, payload] = (await forwarding.sign({ subject: "x", roles: [] })).split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    expect(claims.exp - claims.iat).toBe(60);
  });

  it("refuse a token signed with another secret, such as the user token secret", async () => {
    await expect(forwarding.verify(await signed({ roles: [Role.COORDINATOR] }, { key: `${secret}-other` }))).rejects.toBeInstanceOf(IdentityRejected);
    const userToken = await mintDevelopmentToken(secret, { subject: "x", roles: [Role.COORDINATOR] });
    await expect(forwarding.verify(userToken)).rejects.toThrow("not valid");
  });

  it("refuse an expired token, and one made to live longer than the gateway's", async () => {
    await expect(forwarding.verify(await signed({ roles: [] }, { issuedAt: now() - 300, expiresAt: now() - 200 }))).rejects.toThrow("expired");
    await expect(forwarding.verify(await signed({ roles: [] }, { issuedAt: now() - 3600, expiresAt: now() + 3600 }))).rejects.toBeInstanceOf(IdentityRejected);
  });

  it("refuse another issuer or audience", async () => {
    await expect(forwarding.verify(await signed({ roles: [] }, { issuer: "someone" }))).rejects.toBeInstanceOf(IdentityRejected);
    await expect(forwarding.verify(await signed({ roles: [] }, { audience: "dlhub" }))).rejects.toBeInstanceOf(IdentityRejected);
  });

  it("refuse `alg: none`, a tampered payload and garbage", async () => {
    const claims = { sub: "x", roles: [Role.COORDINATOR], iss: FORWARDING_ISSUER, aud: FORWARDING_AUDIENCE, iat: now(), exp: now() + 60 };
    await expect(forwarding.verify(`${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.`)).rejects.toBeInstanceOf(IdentityRejected);
    const [header, , signature] = (await forwarding.sign({ subject: "x", roles: [] })).split(".");
    await expect(forwarding.verify(`${header}.${encode(claims)}.${signature}`)).rejects.toBeInstanceOf(IdentityRejected);
    await expect(forwarding.verify("not-a-token")).rejects.toBeInstanceOf(IdentityRejected);
  });

  it("refuse unknown roles and editors without a department", async () => {
    await expect(forwarding.verify(await signed({ roles: ["admin"] }))).rejects.toThrow("role");
    await expect(forwarding.verify(await signed({ roles: [Role.EDITOR] }))).rejects.toThrow("department");
  });

  it("need a secret long enough to resist guessing", () => {
    expect(() => createIdentityForwarding("short")).toThrow("32 characters");
  });
});
