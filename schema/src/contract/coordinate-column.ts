import { Field, Float } from "type-graphql";
import { Column } from "typeorm";

/**
 * A latitude or longitude (WGS84 degrees), as a GraphQL Float and a double-precision column at
 * once. Every place of every department is mapped the same way, so the hub can place them all.
 * Nullable unless the department requires coordinates for the place.
 */
export function CoordinateColumn(options: { nullable?: boolean } = {}): PropertyDecorator {
  const nullable = options.nullable ?? true;
  return (target, property) => {
    Field(() => Float, { nullable })(target, property);
    Column({ type: "double precision", nullable })(target, property as string);
  };
}
