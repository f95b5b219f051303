import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  TypeInfo,
  getNamedType,
  isEnumType,
  isInputObjectType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";

/** The schema coordinates one operation touches, against the schema it was read with. */
export interface OperationUsage {
  /** `Type.field` of every field selected (the parent as written: an interface stays the interface). */
  fields: Set<string>;
  /** `Type.field.arg` of every argument the operation passes. */
  arguments: Set<string>;
  /** `Type.field.arg` of every argument it leaves out, so the schema's default decides its value. */
  defaultedArguments: Set<string>;
  /**
   * Enum and input object types the operation can send or receive: result enums, and everything
   * reachable from its variables' and arguments' types. Values sent through variables are unknown
   * here, so using an input type counts as using each of its fields and enum values.
   */
  types: Set<string>;
}

export function operationUsage(schema: GraphQLSchema, document: DocumentNode): OperationUsage {
  const usage: OperationUsage = { fields: new Set(), arguments: new Set(), defaultedArguments: new Set(), types: new Set() };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        // Unknown to this schema (the operation targets fields not yet published): nothing to attribute.
        if (!parent || !field) return;
        const coordinate = `${parent.name}.${field.name}`;
        usage.fields.add(coordinate);
        const passed = new Set((node.arguments ?? []).map((argument) => argument.name.value));
        for (const argument of field.args) {
          if (!passed.has(argument.name)) usage.defaultedArguments.add(`${coordinate}.${argument.name}`);
        }
        const result = getNamedType(field.type);
        if (isEnumType(result)) usage.types.add(result.name);
      },
      Argument() {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        collectInputTypes(argument.type, usage.types);
        // Directive arguments (@include(if:)) are the schema's built-ins, never a subgraph's change.
        if (typeInfo.getDirective()) return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) usage.arguments.add(`${parent.name}.${field.name}.${argument.name}`);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type);
        if (type) collectInputTypes(type as GraphQLInputType, usage.types);
      },
    }),
  );
  return usage;
}

function collectInputTypes(type: GraphQLInputType, into: Set<string>): void {
  const named = getNamedType(type);
  if (into.has(named.name)) return;
  if (isEnumType(named)) into.add(named.name);
  if (isInputObjectType(named)) {
    into.add(named.name);
    for (const field of Object.values(named.getFields())) collectInputTypes(field.type, into);
  }
}
