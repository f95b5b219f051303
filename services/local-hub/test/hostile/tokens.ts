import { DEVELOPMENT_ISSUER, DLHUB_AUDIENCE, Role, mintDevelopmentToken } from "@dlhub/schema";
import { SignJWT } from "jose";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const claims = { sub: "mallory", roles: [Role.COORDINATOR], iss: DEVELOPMENT_ISSUER, aud: DLHUB_AUDIENCE, exp: 4102444800 };

/** Every token the hostile suite uses, good and bad, minted against the hub's own secret. */
export async function hostileTokens(secret: string) {
  const coordinator = await mintDevelopmentToken(secret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
  const [header, , signature] = coordinator.split(".");
  return {
    coordinator,
    librariesEditor: await mintDevelopmentToken(secret, { subject: "editor@library", roles: [Role.EDITOR], department: "libraries" }),
    parksEditor: await mintDevelopmentToken(secret, { subject: "editor@parks", roles: [Role.EDITOR], department: "parks" }),
    librariesPublisher: await mintDevelopmentToken(secret, { subject: "ci@library", roles: [Role.PUBLISHER], department: "libraries" }),
    expired: await new SignJWT({ roles: [Role.COORDINATOR] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("coordinator@phila.gov")
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience(DLHUB_AUDIENCE)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(secret)),
    /** A valid token's signature on a payload raised to coordinator. */
    tampered: `${header}.${encode({ ...claims, sub: "anonymous" })}.${signature}`,
    algNone: `${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.`,
    otherSecret: await mintDevelopmentToken(`${secret}-not-the-hub's`, { subject: "mallory", roles: [Role.COORDINATOR] }),
    unknownRole: await new SignJWT({ roles: ["superuser"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("mallory")
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience(DLHUB_AUDIENCE)
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(secret)),
    garbage: "not.a.token",
  };
}

export type HostileTokens = Awaited<ReturnType<typeof hostileTokens>>;
