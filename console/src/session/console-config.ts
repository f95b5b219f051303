/**
 * The one document the console reads besides the GraphQL endpoint: where the graph is and how
 * people sign in. The gateway serves it at /console/config.json from its own settings, so the same
 * build runs on a laptop (development tokens), at the City (its OpenID Connect provider) or in
 * public (no sign-in). A console hosted apart from the gateway is built with
 * VITE_DLHUB_CONFIG_URL=https://gateway…/console/config.json; the URLs in the document resolve
 * against the document's own address, so they then point at that gateway.
 */
export type Role = "coordinator" | "editor" | "publisher";

export type AuthSettings =
  | { mode: "development"; roles: Role[]; departments: string[] }
  | { mode: "oidc"; issuer: string; clientId: string; scope?: string; audience?: string }
  | { mode: "none" };

export interface ConsoleConfig {
  /** Absolute URLs, resolved against the config document. */
  graphqlUrl: string;
  explorerUrl: string;
  devTokenUrl: string;
  auth: AuthSettings;
}

interface ConfigDocument {
  graphqlUrl?: string;
  explorerUrl?: string;
  auth?: AuthSettings;
}

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const address = new URL(import.meta.env.VITE_DLHUB_CONFIG_URL ?? "/console/config.json", document.baseURI);
  const response = await fetch(address, { headers: { accept: "application/json" } });
  // A gateway without console settings still answers GraphQL: the console then shows public data.
  const document_: ConfigDocument = response.status === 404 ? {} : await readConfig(response);
  const resolve = (url: string) => new URL(url, address).href;
  return {
    graphqlUrl: resolve(document_.graphqlUrl ?? "/graphql"),
    explorerUrl: resolve(document_.explorerUrl ?? "/explorer"),
    devTokenUrl: resolve("dev-token"),
    auth: document_.auth ?? { mode: "none" },
  };
}

async function readConfig(response: Response): Promise<ConfigDocument> {
  if (!response.ok) throw new Error(`The console's settings could not be read (HTTP ${response.status}).`);
  return (await response.json()) as ConfigDocument;
}
