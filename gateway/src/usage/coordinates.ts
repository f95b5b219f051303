import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
  Kind,
  TypeInfo,
  getNamedType,
  isEnumType,
  isInputObjectType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";

/**
 * The schema coordinates one operation uses, in the GraphQL spec's coordinate syntax:
 * `Type.field`, `Type.field(arg:)`, `Enum.VALUE` and `Input.field`. Fields keep the parent as
 * written, so a field selected on an interface counts for the interface.
 *
 * Values written in the document count exactly (the enum value, the input fields given). Values
 * sent as variables are not known from the document, and reading them per request would cost every
 * request; a variable's input type therefore counts as using each of its fields and enum values,
 * the rule the registry already applies to saved operations: a check may refuse a change that some
 * variable never actually carried, but never lets one through that a client depends on.
 */
export function coordinatesOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  // Only what the operation that ran reaches: a document may hold other operations and fragments.
  const reached: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsOf(operation, document)] };
  visit(
    reached,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field && isSchemaOwn(parent.name, field.name)) used.add(`${parent.name}.${field.name}`);
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        // Directive arguments (@include(if:)) belong to the built-ins, never to a subgraph.
        if (!argument || typeInfo.getDirective()) return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field && isSchemaOwn(parent.name, field.name)) used.add(`${parent.name}.${field.name}(${argument.name}:)`);
        addValue(argument.type, node.value, used);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type);
        if (type) addWholeType(type as GraphQLInputType, used, new Set());
      },
    }),
  );
  return [...used].sort();
}

/** __typename and introspection belong to GraphQL itself: no publish can break them. */
const isSchemaOwn = (type: string, field: string) => !type.startsWith("__") && !field.startsWith("__");

/** What a literal argument value uses: its enum values and the input fields it sets, recursively. */
function addValue(type: GraphQLInputType, value: ValueNode, used: Set<string>): void {
  const named = getNamedType(type);
  if (value.kind === Kind.LIST) {
    for (const item of value.values) addValue(named, item, used);
  } else if (value.kind === Kind.ENUM && isEnumType(named)) {
    used.add(`${named.name}.${value.value}`);
  } else if (value.kind === Kind.OBJECT && isInputObjectType(named)) {
    const fields = named.getFields();
    for (const field of value.fields) {
      const definition = fields[field.name.value];
      if (!definition) continue;
      used.add(`${named.name}.${definition.name}`);
      addValue(definition.type, field.value, used);
    }
  }
  // A variable inside a literal is covered by its VariableDefinition.
}

/** Every field and enum value an input type can carry, for values the document does not show. */
function addWholeType(type: GraphQLInputType, used: Set<string>, seen: Set<string>): void {
  const named = getNamedType(type);
  if (seen.has(named.name)) return;
  seen.add(named.name);
  if (isEnumType(named)) for (const value of named.getValues()) used.add(`${named.name}.${value.name}`);
  if (isInputObjectType(named)) {
    for (const field of Object.values(named.getFields())) {
      used.add(`${named.name}.${field.name}`);
      addWholeType(field.type, used, seen);
    }
  }
}

/** The fragments an operation spreads, directly or through other fragments. */
function fragmentsOf(operation: OperationDefinitionNode, document: DocumentNode): FragmentDefinitionNode[] {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  const found = new Map<string, FragmentDefinitionNode>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (fragment && !found.has(fragment.name.value)) {
          found.set(fragment.name.value, fragment);
          walk(fragment);
        }
      },
    });
  walk(operation);
  return [...found.values()];
}
