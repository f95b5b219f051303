import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { CoordinateCache } from "./coordinate-cache.js";
import { type UsageReporter } from "./reporter.js";

/** Long enough for any real client's name; the registry refuses longer ones, so they are cut here. */
const MAX_LABEL = 100;
const header = (value: string | undefined, otherwise: string) => (value?.trim() || otherwise).slice(0, MAX_LABEL);

/**
 * Records, for every operation that passed validation, which client ran it and which schema
 * coordinates it used. The work per request is a cache lookup and a count; the coordinates of a
 * document are worked out once per supergraph (CoordinateCache). The reporter starts and stops
 * with the server, flushing once as it stops.
 */
export function usageReporting(reporter: UsageReporter, cachedDocuments = 2000): ApolloServerPlugin<BaseContext> {
  const cache = new CoordinateCache(cachedDocuments);
  return {
    async serverWillStart() {
      reporter.start();
      return { serverWillStop: () => reporter.stop() };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, schema, document, queryHash, operation }) {
          // Always chosen by now (resolution failing ends the request first); the type allows none.
          if (!operation) return;
          const headers = request.http?.headers;
          reporter.record(
            {
              client: header(headers?.get("apollographql-client-name"), "unknown"),
              clientVersion: header(headers?.get("apollographql-client-version"), ""),
              operationName: (operation.name?.value ?? "").slice(0, MAX_LABEL),
              operationHash: queryHash,
            },
            cache.coordinates(schema, queryHash, document, operation),
          );
        },
      };
    },
  };
}
