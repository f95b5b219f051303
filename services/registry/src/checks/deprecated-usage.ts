import { DEPRECATED_USAGE_SHOWN, type DeprecatedOperationUse, type DeprecatedTrafficUse, type DeprecatedUsage, type UsedCoordinate } from "@dlhub/schema";
import { type DocumentNode, type GraphQLSchema, TypeInfo, getNamedType, isInputObjectType, visit, visitWithTypeInfo } from "graphql";
import { deprecationOfCoordinate } from "./deprecations.js";

/** A saved operation, parsed (see parseOperations). */
interface ParsedOperation {
  client: string;
  name: string;
  ast: DocumentNode;
}

export interface DeprecatedUsageInput {
  /** The API schema the candidate would serve: what is deprecated there is what clients must move off. */
  schema: GraphQLSchema;
  operations: readonly ParsedOperation[];
  /** Usage in the window that protects its coordinates. */
  usage: readonly UsedCoordinate[];
  /** Usage in the window by documents their clients have replaced (see usageInWindow). */
  retiredUsage: readonly UsedCoordinate[];
}

/**
 * Who still uses what the candidate's API schema deprecates: saved operations (the deprecated
 * fields, arguments, input fields and enum values they write) and real traffic in the window. A
 * warning only: a deprecated element stays served, and this tells its department whom to ask.
 */
export function deprecatedUsage({ schema, operations, usage, retiredUsage }: DeprecatedUsageInput): DeprecatedUsage {
  const uses = operations.flatMap(({ client, name, ast }) => deprecatedIn(schema, ast).map(({ coordinate, reason }) => ({ client, name, coordinate, reason })));
  const traffic: DeprecatedTrafficUse[] = [];
  for (const [rows, retired] of [[usage, false], [retiredUsage, true]] as const) {
    for (const { coordinate, clients, count, lastSeen } of rows) {
      const reason = deprecationOfCoordinate(schema, coordinate);
      if (reason !== undefined) traffic.push({ coordinate, clients, count, lastSeen, reason, retired });
    }
  }
  // The busiest first: those are the clients to talk to before anything can go.
  traffic.sort((a, b) => b.count - a.count || a.coordinate.localeCompare(b.coordinate) || Number(a.retired) - Number(b.retired));
  return {
    operations: uses.slice(0, DEPRECATED_USAGE_SHOWN),
    operationsNotShown: Math.max(0, uses.length - DEPRECATED_USAGE_SHOWN),
    traffic: traffic.slice(0, DEPRECATED_USAGE_SHOWN),
    trafficNotShown: Math.max(0, traffic.length - DEPRECATED_USAGE_SHOWN),
  };
}

/** The deprecated coordinates one document writes, once each, in the order written (as graphql's NoDeprecatedCustomRule finds them). */
function deprecatedIn(schema: GraphQLSchema, document: DocumentNode): Omit<DeprecatedOperationUse, "client" | "name">[] {
  const found = new Map<string, string>();
  const note = (coordinate: string, reason: string | null | undefined) => {
    if (reason !== null && reason !== undefined && !found.has(coordinate)) found.set(coordinate, reason);
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field && parent) note(`${parent.name}.${field.name}`, field.deprecationReason);
      },
      Argument() {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        // Directive arguments are the schema's built-ins, never deprecated by a subgraph.
        if (argument && field && parent && !typeInfo.getDirective()) note(`${parent.name}.${field.name}(${argument.name}:)`, argument.deprecationReason);
      },
      ObjectField(node) {
        const type = getNamedType(typeInfo.getParentInputType());
        const field = isInputObjectType(type) ? type.getFields()[node.name.value] : undefined;
        if (type && field) note(`${type.name}.${field.name}`, field.deprecationReason);
      },
      EnumValue() {
        const value = typeInfo.getEnumValue();
        const type = getNamedType(typeInfo.getInputType());
        if (value && type) note(`${type.name}.${value.name}`, value.deprecationReason);
      },
    }),
  );
  return [...found].map(([coordinate, reason]) => ({ coordinate, reason }));
}
