import { type GraphQLObjectType, type GraphQLSchema, isObjectType, isScalarType } from "graphql";
import { Field, ID, ObjectType, Query, Resolver, buildSchemaSync, getMetadataStorage } from "type-graphql";
import * as contractEnums from "../contract/enums.js";
import { InitiativeContract } from "../contract/initiative.js";
import * as contractScalars from "../contract/scalars.js";
import { InitiativePartner, InitiativeSite, OutcomeMetric } from "../contract/shared-types.js";

/** Field name -> its GraphQL type as printed (`[Audience!]!`). */
export type FieldTypes = ReadonlyMap<string, string>;

export interface ValueType {
  shareable: boolean;
  fields: FieldTypes;
}

/** The contract as the classes and enums in ../contract define it, in the terms an SDL shows. */
export interface ExpectedContract {
  /** Enum name -> values in declaration order. */
  enums: ReadonlyMap<string, readonly string[]>;
  scalars: readonly string[];
  /** The GraphQL name of the closed, deprecated `Department` enum, the type of a listed department's `department`. */
  departmentEnum: string;
  /** Every field of a department's initiative type. */
  initiativeFields: FieldTypes;
  /** The contract's value types (InitiativeSite, …) by name. */
  valueTypes: ReadonlyMap<string, ValueType>;
}

/**
 * `departmentId`, `sites`, `partners` and `outcomes` are not columns of InitiativeContract: the kit
 * resolves them for every department (services/kit/src/contract/initiative-contract.ts). Declaring
 * them once more here, typed with the contract's own classes, lets type-graphql print the
 * initiative exactly as a department's SDL shows it. If those four ever move into ../contract, this
 * class shrinks to `extends` that class. The deprecated `department` is not among them: only the
 * departments the closed enum lists serve it (see checkLegacyDepartment).
 */
@ObjectType("ContractCheckInitiative")
class ServedInitiativeContract extends InitiativeContract {
  @Field(() => ID)
  departmentId!: string;

  @Field(() => [InitiativeSite])
  sites!: InitiativeSite[];

  @Field(() => [InitiativePartner])
  partners!: InitiativePartner[];

  @Field(() => [OutcomeMetric])
  outcomes!: OutcomeMetric[];
}

/** type-graphql builds a schema only from resolvers; this one exists to reach the contract types. */
@Resolver()
class ContractProbeResolver {
  @Query(() => ServedInitiativeContract, { nullable: true })
  contractInitiative(): null {
    return null;
  }
}

let cached: ExpectedContract | undefined;

/**
 * Builds the expected contract once per process. The initiative and value types come from a schema
 * type-graphql builds from the contract classes, so a field added to a class is checked without
 * being written down twice; enums come from the TypeScript enums and their registered names.
 */
export function expectedContract(): ExpectedContract {
  cached ??= buildExpectedContract();
  return cached;
}

function buildExpectedContract(): ExpectedContract {
  // The probe never runs; a checker is required once any loaded class uses `@Authorized`.
  const schema = buildSchemaSync({ resolvers: [ContractProbeResolver], authChecker: () => false });
  const initiative = objectType(schema, "ContractCheckInitiative");
  const valueTypes = new Map<string, ValueType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === initiative || type === schema.getQueryType() || type.name.startsWith("__")) continue;
    const shareable = type.astNode?.directives?.some((d) => d.name.value === "shareable") ?? false;
    valueTypes.set(type.name, { shareable, fields: fieldTypes(type) });
  }
  return {
    enums: contractEnumValues(),
    scalars: Object.values(contractScalars).flatMap((value) => (isScalarType(value) ? [value.name] : [])),
    departmentEnum: enumName(contractEnums.Department),
    initiativeFields: fieldTypes(initiative),
    valueTypes,
  };
}

/** Every enum enums.ts exports, under its registered GraphQL name, with type-graphql's value list. */
function contractEnumValues(): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  for (const enumObject of Object.values(contractEnums)) {
    // The same filter type-graphql applies, so a numeric enum's reverse mapping never counts.
    enums.set(enumName(enumObject), Object.keys(enumObject).filter((key) => Number.isNaN(parseInt(key, 10))));
  }
  return enums;
}

function enumName(enumObject: object): string {
  const registered = getMetadataStorage().enums.find((metadata) => metadata.enumObj === enumObject);
  if (!registered) throw new Error("Every enum of the contract is registered with type-graphql in enums.ts.");
  return registered.name;
}

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`The contract probe schema has no object type ${name}.`);
  return type;
}

export function fieldTypes(type: GraphQLObjectType): Map<string, string> {
  return new Map(Object.values(type.getFields()).map((field) => [field.name, String(field.type)]));
}
