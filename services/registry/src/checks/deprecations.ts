import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";

/**
 * Why a member of `schema` is deprecated, or undefined when it is not (or does not exist). A
 * member is a field or input field (`argument` undefined), a field's argument, or an enum value.
 * An argument of a deprecated field carries its field's reason: whatever happens to it happens to
 * something deprecated.
 */
export function deprecationIn(schema: GraphQLSchema, typeName: string, member: string, argument?: string): string | undefined {
  const type = schema.getType(typeName);
  if (isEnumType(type)) return argument === undefined ? (type.getValue(member)?.deprecationReason ?? undefined) : undefined;
  if (isInputObjectType(type)) return argument === undefined ? (type.getFields()[member]?.deprecationReason ?? undefined) : undefined;
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const field = type.getFields()[member];
  if (!field) return undefined;
  if (argument === undefined) return field.deprecationReason ?? undefined;
  return field.args.find(({ name }) => name === argument)?.deprecationReason ?? field.deprecationReason ?? undefined;
}

/** graphql-inspector's change paths: `Type.field`, `Type.field.arg`, `Enum.VALUE`, `Input.field`; a bare `Type` is never deprecated. */
export function deprecationOfPath(schema: GraphQLSchema, path: string): string | undefined {
  const [typeName, member, argument] = path.split(".");
  return member === undefined ? undefined : deprecationIn(schema, typeName, member, argument);
}

/** The spec's schema coordinates, as usage records them: `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `Input.field`. */
export function deprecationOfCoordinate(schema: GraphQLSchema, coordinate: string): string | undefined {
  const match = /^([^.]+)\.([^(]+)(?:\(([^:]+):\))?$/.exec(coordinate);
  return match ? deprecationIn(schema, match[1], match[2], match[3]) : undefined;
}
