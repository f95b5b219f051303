import { type Identity, type IdentityVerifier, IdentityRejected, Role, actsFor, bearerToken, forbidden, hasRole, unauthenticated } from "@dlhub/schema";

/**
 * Who may do what at the registry. Reads are public: the gateway polls the supergraph without a
 * token, and SDL and saved operations hold no secrets.
 */

/** A department's publisher may try its own subgraph; the coordinator may try any. */
export const mayCheck = (identity: Identity, subgraph: string) =>
  actsFor(identity, Role.PUBLISHER, subgraph) || hasRole(identity, Role.COORDINATOR);

/**
 * Only the department's own publisher: a publish changes what the gateway serves in that
 * department's name, so not even the coordinator may do it for them (the coordinator rolls back).
 */
export const mayPublish = (identity: Identity, subgraph: string) => actsFor(identity, Role.PUBLISHER, subgraph);

/** Rollbacks and saved operations concern every department: the coordinator's to manage. */
export const mayAdminister = (identity: Identity) => hasRole(identity, Role.COORDINATOR);

/** Usage reports come from DL Hub's own services (the gateway), never from a person's token. */
export const mayReportUsage = (identity: Identity) => hasRole(identity, Role.SERVICE);

export function assertAllowed(allowed: boolean, message: string): void {
  if (!allowed) throw forbidden(message);
}

/** The identity an `Authorization: Bearer …` header proves; UNAUTHENTICATED without one. */
export async function authenticate(header: string | undefined, verifier: IdentityVerifier): Promise<Identity> {
  const token = bearerToken(header);
  if (!token) throw unauthenticated("This request needs an Authorization: Bearer <token> header.");
  try {
    return await verifier.verify(token);
  } catch (error) {
    if (error instanceof IdentityRejected) throw unauthenticated(error.message);
    throw error;
  }
}
