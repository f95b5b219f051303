import { useMemo, type ReactNode } from "react";
import { Client, Provider, cacheExchange, fetchExchange, mapExchange } from "urql";
import { useSession } from "../session/session";
import { sendDocumentIds } from "./persisted";

/**
 * The one GraphQL client, for the signed-in person. A new person (or signing out) gets a new
 * client and so an empty cache: a public user never sees an answer cached for the coordinator.
 */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const { config, person, signOut } = useSession();
  const token = person?.token;
  const client = useMemo(
    () =>
      new Client({
        url: config.graphqlUrl,
        preferGetMethod: false,
        // The client name is how the registry's usage from real traffic names the console's requests.
        fetchOptions: (): RequestInit => ({ headers: { "apollographql-client-name": "coordinator-console", ...(token ? { authorization: `Bearer ${token}` } : {}) } }),
        exchanges: [
          cacheExchange,
          mapExchange({
            // The gateway answers 401 to a token it no longer accepts (expired, revoked).
            onError(error) {
              if (token && error.response?.status === 401) void signOut("expired");
            },
          }),
          sendDocumentIds,
          fetchExchange,
        ],
      }),
    [config.graphqlUrl, token, signOut],
  );
  return <Provider value={client}>{children}</Provider>;
}
