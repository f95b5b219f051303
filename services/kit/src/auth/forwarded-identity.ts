import { ANONYMOUS, FORWARDED_IDENTITY_HEADER, type Identity, type IdentityForwarding, IdentityRejected, untrustedIdentity } from "@dlhub/schema";
import { type IncomingMessage } from "node:http";

/**
 * Who a request to a subgraph comes from: the identity the gateway forwarded in
 * `x-dlhub-identity`, and nothing else. A subgraph never reads `Authorization`, so calling it
 * directly with a user's token gets no role; without a forwarding secret every request is
 * anonymous. A header that is present but cannot be trusted refuses the whole request (HTTP 401)
 * instead of quietly serving it as anonymous, so a misconfigured secret shows at once.
 */
export async function forwardedIdentity(request: Pick<IncomingMessage, "headers">, forwarding: IdentityForwarding | undefined): Promise<Identity> {
  const header = request.headers[FORWARDED_IDENTITY_HEADER];
  if (!forwarding || header === undefined) return ANONYMOUS;
  try {
    if (typeof header !== "string") throw new IdentityRejected("The forwarded identity is not valid.");
    return await forwarding.verify(header);
  } catch (error) {
    if (error instanceof IdentityRejected) throw untrustedIdentity(error.message);
    throw error;
  }
}
