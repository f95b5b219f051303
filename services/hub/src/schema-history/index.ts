import { PublishedSubgraphResolver, SchemaHistoryResolver, schemaHistoryQuery } from "./schema-history.resolver.js";

/**
 * The schema registry's history as the coordinator's console shows it to department developers.
 * Entity-less: everything comes from the registry the hub already follows for new departments.
 */
export function schemaHistory(registryUrl: string | undefined) {
  return { resolvers: [schemaHistoryQuery(registryUrl), SchemaHistoryResolver, PublishedSubgraphResolver] };
}

export { RegistryHistory } from "./registry-history.js";
