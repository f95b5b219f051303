import { errors, jwtVerify, SignJWT } from "jose";
import { type Identity } from "./roles.js";
import { IdentityRejected, identityOf } from "./tokens.js";

/**
 * How the gateway tells a subgraph who is asking. The gateway verifies the caller's own token
 * (from the City's identity provider, or a development token) and forwards the identity it proved
 * as a short-lived token of its own, signed with a secret only the gateway and the subgraphs hold.
 *
 * Subgraphs trust nothing else: not the caller's `Authorization` header, which anyone who can
 * reach a subgraph directly could send, and not an identity token the provider signed, which a
 * subgraph has no way to tell apart from one replayed from elsewhere. A separate secret also
 * means a leaked development token secret cannot mint forwarded identities, and the other way round.
 */
export const FORWARDED_IDENTITY_HEADER = "x-dlhub-identity";
export const FORWARDING_ISSUER = "dlhub-gateway";
export const FORWARDING_AUDIENCE = "dlhub-subgraphs";
/** Long enough for one gateway request's subgraph fetches, short enough that a captured header soon expires. */
export const FORWARDED_IDENTITY_TTL_SECONDS = 60;
/** Gateway and subgraph clocks may differ by a little. */
const CLOCK_TOLERANCE_SECONDS = 5;

export interface IdentityForwarding {
  /** The `x-dlhub-identity` value the gateway sends for `identity`. */
  sign(identity: Identity): Promise<string>;
  /** The identity an `x-dlhub-identity` value carries; throws IdentityRejected when it cannot be trusted. */
  verify(token: string): Promise<Identity>;
}

export function createIdentityForwarding(secret: string): IdentityForwarding {
  if (secret.length < 32) throw new Error("a forwarding secret of at least 32 characters is required");
  const key = new TextEncoder().encode(secret);
  return {
    sign: (identity) =>
      new SignJWT({ roles: identity.roles, ...(identity.department ? { department: identity.department } : {}) })
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setSubject(identity.subject)
        .setIssuer(FORWARDING_ISSUER)
        .setAudience(FORWARDING_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${FORWARDED_IDENTITY_TTL_SECONDS}s`)
        .sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: FORWARDING_ISSUER,
          audience: FORWARDING_AUDIENCE,
          // Only HS256: `alg: none` and any algorithm confusion are refused before the signature is read.
          algorithms: ["HS256"],
          requiredClaims: ["sub", "iat", "exp"],
          // A token the gateway signed with a longer life (a bug, or a stolen secret used carelessly) is refused too.
          maxTokenAge: FORWARDED_IDENTITY_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        });
        return identityOf(payload);
      } catch (error) {
        if (error instanceof IdentityRejected) throw error;
        if (error instanceof errors.JWTExpired) throw new IdentityRejected("The forwarded identity has expired.");
        if (error instanceof errors.JOSEError) throw new IdentityRejected("The forwarded identity is not valid.");
        throw error;
      }
    },
  };
}
