import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { ErrorCode } from "../errors/codes.js";
import { type Identity, Role } from "./roles.js";

/** The issuer and audience DL Hub's own development tokens carry; production tokens name their provider. */
export const DEVELOPMENT_ISSUER = "dlhub-development";
export const DLHUB_AUDIENCE = "dlhub";

export interface IdentityOptions {
  /** HS256 shared secret (the embedded default); at least 32 characters. */
  secret?: string;
  /** An OIDC provider's JWKS URL (production); RS256/ES256 keys are fetched and cached. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** The token could not be trusted: missing, malformed, expired, tampered, wrong issuer or audience. */
export class IdentityRejected extends Error {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(message: string) {
    super(message);
    this.name = "IdentityRejected";
  }
}

export interface IdentityVerifier {
  /** The identity a bearer token proves; throws IdentityRejected otherwise. */
  verify(token: string): Promise<Identity>;
}

const ROLES = new Set<string>(Object.values(Role));

export function createIdentityVerifier(options: IdentityOptions): IdentityVerifier {
  const key = verificationKey(options);
  const issuer = options.issuer ?? (options.jwksUrl ? undefined : DEVELOPMENT_ISSUER);
  const audience = options.audience ?? DLHUB_AUDIENCE;
  // An explicit list: `alg: none` and any algorithm the key was not meant for are refused.
  const algorithms = options.jwksUrl ? ["RS256", "ES256", "PS256"] : ["HS256"];
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key as JWTVerifyGetKey, { issuer, audience, algorithms, requiredClaims: ["sub", "exp"] });
        return identityOf(payload);
      } catch (error) {
        if (error instanceof IdentityRejected) throw error;
        if (error instanceof errors.JWTExpired) throw new IdentityRejected("The token has expired.");
        if (error instanceof errors.JOSEError) throw new IdentityRejected("The token is not valid.");
        throw error;
      }
    },
  };
}

function verificationKey(options: IdentityOptions): Uint8Array | JWTVerifyGetKey {
  if (options.jwksUrl) return createRemoteJWKSet(new URL(options.jwksUrl));
  if (!options.secret || options.secret.length < 32) throw new Error("a token secret of at least 32 characters or a JWKS URL is required");
  return new TextEncoder().encode(options.secret);
}

/** The identity a verified token's claims name; refuses unknown roles and department roles without a department. */
export function identityOf(payload: JWTPayload): Identity {
  const claimed = Array.isArray(payload.roles) ? payload.roles : [];
  if (!claimed.every((role): role is Role => typeof role === "string" && ROLES.has(role))) {
    throw new IdentityRejected("The token names a role DL Hub does not know.");
  }
  const department = typeof payload.department === "string" ? payload.department : undefined;
  if ((claimed.includes(Role.EDITOR) || claimed.includes(Role.PUBLISHER)) && !department) {
    throw new IdentityRejected("An editor or publisher token must name its department.");
  }
  return { subject: payload.sub as string, roles: claimed, ...(department ? { department } : {}) };
}

export interface TokenRequest {
  subject: string;
  roles: Role[];
  department?: string;
  /** e.g. "8h", "30d"; development tokens default to 12 hours. */
  expiresIn?: string;
}

/** Signs a development token with the shared secret. Production tokens come from the City's identity provider. */
export function mintDevelopmentToken(secret: string, request: TokenRequest): Promise<string> {
  return new SignJWT({ roles: request.roles, ...(request.department ? { department: request.department } : {}) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.subject)
    .setIssuer(DEVELOPMENT_ISSUER)
    .setAudience(DLHUB_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? "12h")
    .sign(new TextEncoder().encode(secret));
}

/** The token of an `Authorization: Bearer …` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}
