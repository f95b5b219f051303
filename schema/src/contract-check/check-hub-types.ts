import { type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema, isObjectType } from "graphql";
import { DEPARTMENT_ID_CHANGE, DEPARTMENT_ID_FIELD } from "./department-id-change.js";
import { type ExpectedContract, type FieldTypes, fieldTypes } from "./expected-contract.js";
import { ContractRule, type ContractProblem } from "./rules.js";
import { type SubgraphSdl, directives, fieldSetNames, keyFieldSets, ownTypes } from "./subgraph-sdl.js";

const problemOn = (type: string, message: string, field?: string): ContractProblem => ({
  rule: ContractRule.HUB_TYPES,
  type,
  ...(field === undefined ? {} : { field }),
  message,
});

/**
 * Types owned by the hub or the contract keep one definition. The contract's value types
 * (InitiativeSite, …) are checked against the contract classes on every run; with the hub's SDL,
 * every other type the subgraph shares with the hub must be a @shareable value type served with the
 * hub's fields, or an entity the subgraph extends by the hub's key.
 */
export function checkHubTypes(subgraph: SubgraphSdl, contract: ExpectedContract, hub: SubgraphSdl | undefined): ContractProblem[] {
  const problems: ContractProblem[] = [];
  for (const [name, expected] of contract.valueTypes) {
    const type = subgraph.schema.getType(name);
    if (type) problems.push(...checkValueType(subgraph, type, expected.shareable, expected.fields, "the contract"));
  }
  if (!hub) return problems;
  problems.push(...checkHubDepartmentFields(hub));

  const exempt = new Set<string>([
    "Initiative",
    ...contract.enums.keys(),
    ...contract.scalars,
    ...contract.valueTypes.keys(),
    ...rootTypeNames(subgraph.schema),
    ...rootTypeNames(hub.schema),
  ]);
  for (const type of ownTypes(subgraph.schema)) {
    const hubType = hub.schema.getType(type.name);
    if (!hubType || exempt.has(type.name)) continue;
    if (directives(hubType, hub.names.shareable).length > 0 && isObjectType(hubType)) {
      problems.push(...checkValueType(subgraph, type, true, fieldTypes(hubType), "the hub"));
    } else if (isEntityExtension(subgraph, type, hub, hubType)) {
      problems.push(...checkEntityExtension(subgraph, type as GraphQLObjectType, hubType as GraphQLObjectType));
    } else {
      problems.push(
        problemOn(
          type.name,
          `${type.name} is the hub's type; a department may not define it again. Extend it as an entity by the hub's @key, or name the department's own type differently.`,
        ),
      );
    }
  }
  return problems;
}

/**
 * The hub answers every initiative and place with its department's registered id and name, and
 * every department's detail field requires `Initiative.departmentId` from it. A hub SDL without
 * them predates department ids: nothing written to the current contract composes with it.
 */
const HUB_DEPARTMENT_FIELDS: Record<string, FieldTypes> = {
  Initiative: new Map([[DEPARTMENT_ID_FIELD, "ID!"], ["departmentName", "String!"]]),
  Place: new Map([[DEPARTMENT_ID_FIELD, "ID!"], ["departmentName", "String!"]]),
};

function checkHubDepartmentFields(hub: SubgraphSdl): ContractProblem[] {
  const problems: ContractProblem[] = [];
  for (const [typeName, expected] of Object.entries(HUB_DEPARTMENT_FIELDS)) {
    const type = hub.schema.getType(typeName);
    const actual = isObjectType(type) ? fieldTypes(type) : new Map<string, string>();
    for (const [name, expectedType] of expected) {
      if (actual.get(name) === expectedType) continue;
      // The reason is the same for every field such a hub lacks: said once.
      const why = problems.length === 0 ? ` ${DEPARTMENT_ID_CHANGE} Check against the current hub.` : "";
      problems.push(problemOn(typeName, `The hub's ${typeName}.${name} must be ${expectedType}; the hub SDL checked against predates department ids.${why}`, name));
    }
  }
  return problems;
}

/** A value type every subgraph serves: @shareable, with exactly the owner's fields and their types. */
function checkValueType(
  subgraph: SubgraphSdl,
  type: GraphQLNamedType,
  shareable: boolean,
  expected: FieldTypes,
  owner: string,
): ContractProblem[] {
  if (!isObjectType(type)) return [problemOn(type.name, `${type.name} must be the object type ${owner} defines.`)];
  const problems: ContractProblem[] = [];
  if (shareable && directives(type, subgraph.names.shareable).length === 0) {
    problems.push(problemOn(type.name, `${type.name} must be @${subgraph.names.shareable}, as every subgraph serves it.`));
  }
  const actual = fieldTypes(type);
  for (const [name, expectedType] of expected) {
    const actualType = actual.get(name);
    if (actualType === undefined) problems.push(problemOn(type.name, `${type.name} lacks ${owner}'s field \`${name}: ${expectedType}\`.`, name));
    else if (actualType !== expectedType) {
      problems.push(problemOn(type.name, `${type.name}.${name} is ${actualType}; ${owner}'s type is ${expectedType}.`, name));
    }
  }
  for (const name of actual.keys()) {
    if (!expected.has(name)) problems.push(problemOn(type.name, `${type.name}.${name} is not in ${owner}'s ${type.name}; a shared value type has one shape.`, name));
  }
  return problems;
}

/** The subgraph declares the type as an entity by one of the keys the hub resolves it by. */
function isEntityExtension(subgraph: SubgraphSdl, type: GraphQLNamedType, hub: SubgraphSdl, hubType: GraphQLNamedType): boolean {
  if (!isObjectType(type) || !isObjectType(hubType)) return false;
  const hubKeys = keyFieldSets(hubType, hub.names.key);
  return keyFieldSets(type, subgraph.names.key).some((key) => hubKeys.includes(key));
}

/**
 * An entity extension adds the department's own fields; a field the hub also resolves must be a key
 * field or @external, with the hub's type, or the two subgraphs would both claim to resolve it.
 */
function checkEntityExtension(subgraph: SubgraphSdl, type: GraphQLObjectType, hubType: GraphQLObjectType): ContractProblem[] {
  const keyFields = new Set(keyFieldSets(type, subgraph.names.key).flatMap(fieldSetNames));
  const hubFields = hubType.getFields();
  const problems: ContractProblem[] = [];
  for (const field of Object.values(type.getFields())) {
    const hubField = hubFields[field.name];
    if (!hubField) continue;
    if (String(hubField.type) !== String(field.type)) {
      problems.push(problemOn(type.name, `${type.name}.${field.name} is ${String(field.type)}; the hub's is ${String(hubField.type)}.`, field.name));
    } else if (!keyFields.has(field.name) && directives(field, subgraph.names.external).length === 0) {
      problems.push(
        problemOn(type.name, `${type.name}.${field.name} is resolved by the hub; mark it @${subgraph.names.external} or leave it out.`, field.name),
      );
    }
  }
  return problems;
}

function rootTypeNames(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => (type ? [type.name] : []));
}
