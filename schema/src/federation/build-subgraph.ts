import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse } from "graphql";
import { type AuthChecker, type BuildSchemaOptions, buildSchema, createResolversMap } from "type-graphql";

/**
 * Without this link the schema would be read as Federation 1 and `@shareable` would silently
 * mean nothing, so every subgraph states the Federation 2 version it is written against.
 */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])';

/** `__resolveReference` per entity type name: how this subgraph turns a key into an object. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never) => unknown }
>;

export interface Subgraph {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it; committed as the service's `schema.graphql`. */
  sdl: string;
}

/**
 * Used when a caller gives no `authChecker` (the SDL printers): every `@Authorized` field is
 * refused rather than served. type-graphql keeps `@Authorized` in one process-wide registry, so
 * once any subgraph in the process declares one, every schema built there needs a checker.
 */
const refuseEveryRole: AuthChecker = () => false;

/**
 * Turns type-graphql resolvers into a Federation 2 subgraph. type-graphql builds the executable
 * schema; its SDL is printed with the directives it carries (graphql's own printer drops them)
 * and handed to `buildSubgraphSchema` together with type-graphql's resolvers and the entity
 * reference resolvers, which type-graphql has no notion of. `authChecker` decides every
 * `@Authorized` field and operation (the subgraph kit passes DL Hub's roles checker).
 */
export async function buildSubgraph(
  options: BuildSchemaOptions & { referenceResolvers?: ReferenceResolvers },
): Promise<Subgraph> {
  const { referenceResolvers = {}, authChecker = refuseEveryRole, ...schemaOptions } = options;
  const typeGraphqlSchema = await buildSchema({ ...schemaOptions, authChecker, skipCheck: true });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const resolvers: Record<string, object> = { ...createResolversMap(typeGraphqlSchema) };
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  // The map's values are type-graphql's resolvers and scalars, which @apollo/subgraph accepts as
  // they are; its declared resolver type is narrower than what it reads.
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  return { schema, sdl: `${printSubgraphSchema(schema).trim()}\n` };
}
