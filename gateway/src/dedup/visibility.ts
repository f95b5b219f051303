import { type Identity } from "@dlhub/schema";
import { type GatewayContext } from "../identity.js";

/**
 * What a caller may see, as a key: two callers with the same key are answered the same by every
 * subgraph. A request that forwards no identity (anonymous, or a gateway without identities) is
 * "anonymous": the subgraphs see nothing of it. Otherwise the key holds everything forwarded
 * (subject, roles, department): a subgraph may use any of it, the subject included (a person's
 * own records), so two people with the same roles are kept apart too. A token whose subject is
 * "anonymous" is still a signed-in caller (answered FORBIDDEN, not UNAUTHENTICATED), hence the
 * test on what is forwarded rather than on the identity's name. Null when the request carries no
 * identity the gateway made: never shared.
 */
export function visibilityKey(context: unknown): string | null {
  const { identity, forwardedIdentity } = (context ?? {}) as Partial<GatewayContext>;
  if (!isIdentity(identity)) return null;
  if (!forwardedIdentity) return "anonymous";
  return JSON.stringify(["signed-in", identity.subject, [...identity.roles].sort(), identity.department ?? null]);
}

const isIdentity = (value: unknown): value is Identity =>
  typeof value === "object" && value !== null && typeof (value as Identity).subject === "string" && Array.isArray((value as Identity).roles);
