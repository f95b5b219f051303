import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, isObjectType, parse } from "graphql";
import { type AuthChecker, type BuildSchemaOptions, buildSchema, createResolversMap, getMetadataStorage } from "type-graphql";

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
  const resolvers: Record<string, Record<string, unknown>> = withoutPlainFieldResolvers(typeGraphqlSchema, createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>);
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  // The map's values are type-graphql's resolvers and scalars, which @apollo/subgraph accepts as
  // they are; its declared resolver type is narrower than what it reads.
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  return { schema, sdl: `${printSubgraphSchema(schema).trim()}\n` };
}

/**
 * The resolvers map without type-graphql's resolver for each plain field: a property read as it is
 * (same name, no `@Authorized` roles, no middleware, no field resolver), which graphql-js's default
 * resolver reads the same way. type-graphql wraps every such field in a closure that builds an
 * object per value read (3–4% of a catalog page's CPU, hundreds of fields a page). A field is
 * left as type-graphql made it when any type of that name, in any subgraph built in this process
 * (type-graphql's registry is process-wide), gives it roles or middleware, or when any field
 * resolver anywhere bears its name.
 */
function withoutPlainFieldResolvers(schema: GraphQLSchema, map: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.flatMap((resolver) => [resolver.methodName, resolver.schemaName]));
  const kept = new Set<string>();
  const plain = new Set<string>();
  for (const type of storage.objectTypes) {
    for (const field of type.fields ?? []) {
      const key = `${type.name}.${field.schemaName}`;
      const isPlain = field.name === field.schemaName && !field.roles?.length && !field.middlewares?.length && !resolved.has(field.schemaName);
      (isPlain ? plain : kept).add(key);
    }
  }
  const result: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(map)) {
    // Scalars and enums are in the map too, as themselves.
    if (!isObjectType(schema.getType(typeName))) {
      result[typeName] = fields;
      continue;
    }
    result[typeName] = Object.fromEntries(
      Object.entries(fields).filter(([fieldName]) => !(plain.has(`${typeName}.${fieldName}`) && !kept.has(`${typeName}.${fieldName}`))),
    );
  }
  return result;
}
