/**
 * How the coordinator's console signs people in, as its config document tells it:
 * - `development`: a role picker; the gateway mints development tokens with the shared secret.
 * - `oidc`: the City's OpenID Connect provider (authorization code with PKCE).
 * - `none`: public data only.
 */
export type ConsoleAuth =
  | { mode: "development"; tokenSecret: string }
  | { mode: "oidc"; issuer: string; clientId: string; scope: string; audience: string }
  | { mode: "none" };

/** What the gateway serves for the console besides /graphql. */
export interface ConsoleOptions {
  /** The built console (index.html and its assets); null: no console, and `/` goes to the explorer. */
  directory: string | null;
  auth: ConsoleAuth;
  /** Origins a console hosted elsewhere calls the gateway from; none by default. */
  corsOrigins?: string[];
}

export const NO_CONSOLE: ConsoleOptions = { directory: null, auth: { mode: "none" } };
