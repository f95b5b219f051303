import {
  type ConstDirectiveNode,
  GraphQLError,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  buildASTSchema,
  isIntrospectionType,
  isSpecifiedScalarType,
  KnownDirectivesRule,
  parse,
  print,
} from "graphql";
// graphql's index does not export the SDL rule list or validateSDL; these files are part of its
// published layout in every 16.x release.
import { KnownArgumentNamesOnDirectivesRule } from "graphql/validation/rules/KnownArgumentNamesRule";
import { ProvidedRequiredArgumentsOnDirectivesRule } from "graphql/validation/rules/ProvidedRequiredArgumentsRule";
import { specifiedSDLRules } from "graphql/validation/specifiedRules";
import { validateSDL } from "graphql/validation/validate";

/** The local names of the Federation directives the contract is written in. */
export interface FederationNames {
  key: string;
  shareable: string;
  external: string;
  requires: string;
}

export interface SubgraphSdl {
  schema: GraphQLSchema;
  /** The linked Federation spec URL, e.g. `https://specs.apollo.dev/federation/v2.7`; undefined without @link. */
  federationUrl: string | undefined;
  names: FederationNames;
}

/** The SDL does not parse or is not valid SDL; `errors` lists every problem graphql found. */
export class InvalidSubgraphSdl extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors.map((error) => error.message).join("\n"));
  }
}

const FEDERATION_URL = /^https:\/\/specs\.apollo\.dev\/federation\/v\d+\.\d+$/;

/**
 * A subgraph SDL uses the Federation directives without declaring them (composition supplies
 * them), so the rules about declared directives are left out; every other SDL rule applies, so a
 * duplicated type or enum value cannot hide behind the last definition.
 */
const SUBGRAPH_SDL_RULES = specifiedSDLRules.filter(
  (rule) =>
    rule !== KnownDirectivesRule &&
    rule !== KnownArgumentNamesOnDirectivesRule &&
    rule !== ProvidedRequiredArgumentsOnDirectivesRule,
);

/**
 * Builds a subgraph SDL into a GraphQLSchema without resolving Federation itself; the federation
 * directives' arguments are read from the AST nodes the schema keeps. Throws InvalidSubgraphSdl
 * when the SDL does not parse or is not valid.
 */
export function readSubgraphSdl(sdl: string): SubgraphSdl {
  let parsed: DocumentNode;
  try {
    parsed = parse(sdl);
  } catch (error) {
    throw error instanceof GraphQLError ? new InvalidSubgraphSdl([error]) : error;
  }
  const document = promoteOrphanExtensions(parsed);
  const errors = validateSDL(document, null, SUBGRAPH_SDL_RULES);
  if (errors.length > 0) throw new InvalidSubgraphSdl(errors);
  const schema = buildASTSchema(document, { assumeValidSDL: true });
  const link = [schema.astNode, ...schema.extensionASTNodes]
    .flatMap((node) => node?.directives ?? [])
    .find((directive) => directive.name.value === "link" && FEDERATION_URL.test(argument(directive, "url") ?? ""));
  return { schema, federationUrl: link && argument(link, "url"), names: federationNames(link) };
}

/**
 * Federation 1 subgraphs write `extend type Initiative @key(…)` with no base definition, which
 * graphql-js would drop; reading the first extension as the definition keeps those types visible,
 * so such an SDL fails FEDERATION_2 rather than every other rule as well.
 */
function promoteOrphanExtensions(document: DocumentNode): DocumentNode {
  const defined = new Set(
    document.definitions.flatMap((node) => (node.kind === Kind.OBJECT_TYPE_DEFINITION ? [node.name.value] : [])),
  );
  const definitions = document.definitions.map((node): DefinitionNode => {
    if (node.kind !== Kind.OBJECT_TYPE_EXTENSION || defined.has(node.name.value)) return node;
    defined.add(node.name.value);
    return { ...node, kind: Kind.OBJECT_TYPE_DEFINITION };
  });
  return { ...document, definitions };
}

/**
 * Imported directives keep their name or take their `as`; the others are reachable only as
 * `@<namespace>__<name>`. Without a link (Federation 1) the bare names apply.
 */
function federationNames(link: ConstDirectiveNode | undefined): FederationNames {
  const local = (name: string): string => {
    if (!link) return name;
    const imports = link.arguments?.find((arg) => arg.name.value === "import")?.value;
    for (const entry of imports?.kind === Kind.LIST ? imports.values : []) {
      if (entry.kind === Kind.STRING && entry.value === `@${name}`) return name;
      if (entry.kind === Kind.OBJECT) {
        const field = (key: string) => entry.fields.find((f) => f.name.value === key)?.value;
        const imported = field("name");
        const alias = field("as");
        if (imported?.kind === Kind.STRING && imported.value === `@${name}`) {
          return alias?.kind === Kind.STRING ? alias.value.replace(/^@/, "") : name;
        }
      }
    }
    return `${argument(link, "as") ?? "federation"}__${name}`;
  };
  return { key: local("key"), shareable: local("shareable"), external: local("external"), requires: local("requires") };
}

/** A directive's string argument, or undefined when it is absent or not a string. */
export function argument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** The directives named `name` on a type (definition and extensions) or on a field. */
export function directives(
  element: GraphQLNamedType | GraphQLField<unknown, unknown>,
  name: string,
): ConstDirectiveNode[] {
  const nodes = "extensionASTNodes" in element ? [element.astNode, ...element.extensionASTNodes] : [element.astNode];
  return nodes.flatMap((node) => node?.directives ?? []).filter((directive) => directive.name.value === name);
}

/** `@key` field sets of a type, normalised (`"id"`, `"code"`, `"a { b }"`) so they compare as text. */
export function keyFieldSets(type: GraphQLNamedType, keyName: string): string[] {
  return directives(type, keyName).flatMap((directive) => {
    const fields = argument(directive, "fields");
    return fields === undefined ? [] : [normaliseFieldSet(fields)];
  });
}

/** The top-level field names of a `@key`/`@requires` field set. */
export function fieldSetNames(fieldSet: string): string[] {
  return selectionsOf(fieldSet).map((selection) => selection.name.value);
}

/** A field set that does not parse is left as written; it then matches no key of the contract. */
export function normaliseFieldSet(fieldSet: string): string {
  const document = parseFieldSet(fieldSet);
  return document ? print(document).replace(/\s+/g, " ").replace(/^\{ | \}$/g, "") : fieldSet.trim();
}

function selectionsOf(fieldSet: string) {
  const operation = parseFieldSet(fieldSet)?.definitions[0];
  return operation?.kind === Kind.OPERATION_DEFINITION
    ? operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s] : []))
    : [];
}

function parseFieldSet(fieldSet: string): DocumentNode | undefined {
  try {
    return parse(`{ ${fieldSet} }`);
  } catch {
    return undefined;
  }
}

/** The types the SDL itself defines: no built-in scalars, introspection or Federation types. */
export function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type) =>
      !isSpecifiedScalarType(type) && !isIntrospectionType(type) && !type.name.startsWith("_") && !type.name.includes("__"),
  );
}
