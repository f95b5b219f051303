import { Supergraph } from "@apollo/federation-internals";
import { type GraphQLSchema } from "graphql";

// The live supergraph is the same for every check until the next publish; rebuilding its API
// schema (about 100 ms with validation) on each check is wasted work. A few entries cover a
// rollback and the candidate a developer checks repeatedly.
const CACHE_SIZE = 4;
const cache = new Map<string, GraphQLSchema>();

/**
 * The schema clients see through the gateway: the supergraph without its join/link machinery and
 * `@inaccessible` elements. Breaking changes and saved operations are judged against this, never
 * the raw supergraph, which holds elements no client can reach.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  const cached = cache.get(supergraphSdl);
  if (cached) return cached;
  const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(supergraphSdl, schema);
  return schema;
}
