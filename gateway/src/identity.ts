import { type IncomingMessage } from "node:http";
import { type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import {
  ANONYMOUS,
  FORWARDED_IDENTITY_HEADER,
  type Identity,
  IdentityRejected,
  type IdentityVerifier,
  bearerToken,
  createIdentityForwarding,
  untrustedIdentity,
} from "@dlhub/schema";

/** How the gateway knows callers and vouches for them to the subgraphs. */
export interface GatewayIdentity {
  /** Checks the caller's `Authorization: Bearer` token (a shared secret or the provider's JWKS). */
  verifier: IdentityVerifier;
  /** Signs the identity forwarded to subgraphs; they are started with the same secret. */
  forwardingSecret: string;
}

export interface GatewayContext {
  identity: Identity;
  /** The `x-dlhub-identity` value for this request's subgraph fetches; absent for anonymous callers. */
  forwardedIdentity?: string;
}

/**
 * The gateway's per-request context. No `Authorization` header: anonymous. A header that does
 * not hold a token the verifier accepts (malformed, expired, tampered, `alg: none`, another
 * issuer) refuses the whole request with UNAUTHENTICATED and HTTP 401, rather than answering it
 * as anonymous and leaving the caller to wonder why fields are missing. Without identity settings
 * every caller is anonymous and nothing is forwarded.
 */
export function identityContext(options: GatewayIdentity | undefined): (request: Pick<IncomingMessage, "headers">) => Promise<GatewayContext> {
  if (!options) return async () => ({ identity: ANONYMOUS });
  const forwarding = createIdentityForwarding(options.forwardingSecret);
  return async (request) => {
    const header = request.headers.authorization;
    if (header === undefined || header === "") return { identity: ANONYMOUS };
    const token = bearerToken(header);
    if (!token) throw untrustedIdentity("The Authorization header must be `Bearer <token>`.");
    let identity: Identity;
    try {
      identity = await options.verifier.verify(token);
    } catch (error) {
      if (error instanceof IdentityRejected) throw untrustedIdentity(error.message);
      throw error;
    }
    // Signed once per request, however many subgraph fetches its query plan makes.
    return { identity, forwardedIdentity: await forwarding.sign(identity) };
  };
}

/**
 * A subgraph data source's `willSendRequest`: adds the forwarded identity to each fetch made for a
 * client's operation. Schema loading and health checks carry none, and any value already on the
 * request is removed, so only what this gateway signed reaches a subgraph.
 */
export function forwardIdentity(options: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>): void {
  const headers = options.request.http?.headers;
  if (!headers) return;
  headers.delete(FORWARDED_IDENTITY_HEADER);
  // Only a fetch for a client's operation carries that operation's context.
  if (!("incomingRequestContext" in options)) return;
  const forwarded = options.context.forwardedIdentity;
  if (forwarded) headers.set(FORWARDED_IDENTITY_HEADER, forwarded);
}
