import { UserManager, type User } from "oidc-client-ts";
import type { AuthSettings } from "./console-config";
import { personOf, type SignedInPerson } from "./claims";

type OidcSettings = Extract<AuthSettings, { mode: "oidc" }>;

/** Where the provider sends the browser back to; the console's router answers it. */
export const SIGNED_IN_PATH = "/signed-in";

/**
 * The City's OpenID Connect sign-in: authorization code with PKCE (oidc-client-ts's default for a
 * public client), tokens kept in this tab's session storage. The gateway needs an access token
 * meant for it: an audience that is an absolute URI is asked for as an RFC 8707 `resource` (the
 * standard way), any other as the `audience` parameter that providers without resource
 * indicators take instead.
 */
export function createUserManager(settings: OidcSettings): UserManager {
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: new URL(SIGNED_IN_PATH, document.baseURI).href,
    post_logout_redirect_uri: new URL("/", document.baseURI).href,
    response_type: "code",
    scope: settings.scope ?? "openid profile",
    automaticSilentRenew: false,
    ...audienceRequest(settings.audience),
  });
}

// The roles are read from the access token, the one the gateway verifies (a JWT from its JWKS);
// userinfo is not asked, as a token meant for the gateway is not one the provider's userinfo takes.
function audienceRequest(audience: string | undefined) {
  if (!audience) return {};
  if (URL.canParse(audience)) return { resource: audience, extraTokenParams: { resource: audience } };
  return { extraQueryParams: { audience } };
}

export function personOfUser(user: User | null): SignedInPerson | null {
  if (!user || user.expired) return null;
  return personOf(user.access_token, "oidc", user.profile as Record<string, unknown>);
}

/** Starts the sign-in; the browser leaves for the provider and comes back to SIGNED_IN_PATH. */
export async function providerSignIn(manager: UserManager, returnTo: string): Promise<void> {
  await manager.signinRedirect({ state: { returnTo } });
}

/** Finishes the sign-in on the way back: exchanges the code (with the PKCE verifier) for tokens. */
export async function finishProviderSignIn(manager: UserManager): Promise<{ person: SignedInPerson | null; returnTo: string }> {
  const user = await manager.signinRedirectCallback();
  const state = user.state as { returnTo?: string } | undefined;
  return { person: personOfUser(user), returnTo: state?.returnTo ?? "/" };
}
