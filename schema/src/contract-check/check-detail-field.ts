import { type GraphQLObjectType, isNonNullType, isObjectType } from "graphql";
import { type ExpectedContract } from "./expected-contract.js";
import { ContractRule, type ContractProblem } from "./rules.js";
import { type SubgraphSdl, argument, directives, keyFieldSets, normaliseFieldSet } from "./subgraph-sdl.js";

export interface DetailFieldResult {
  problems: ContractProblem[];
  /** The type the detail field returns (e.g. `LibraryInitiative`), when it is an object type. */
  initiativeType: GraphQLObjectType | undefined;
}

const ENTITY = "Initiative";

/**
 * The department's one field on the hub's `Initiative` entity. It `@requires` the external
 * `department` so the gateway passes it in and the department answers null for other departments'
 * initiatives without a lookup, which is also why the field must be nullable.
 */
export function checkDetailField(subgraph: SubgraphSdl, contract: ExpectedContract, detailField: string): DetailFieldResult {
  const { schema, names } = subgraph;
  const problems: ContractProblem[] = [];
  const problem = (message: string, field?: string) =>
    problems.push({ rule: ContractRule.DETAIL_FIELD, type: ENTITY, ...(field === undefined ? {} : { field }), message });
  const entity = schema.getType(ENTITY);
  if (!isObjectType(entity)) {
    problem(`The subgraph must extend the hub's ${ENTITY} entity with its detail field \`${detailField}\`.`);
    return { problems, initiativeType: undefined };
  }
  if (!keyFieldSets(entity, names.key).includes("id")) problem(`${ENTITY} must carry the hub's key: @${names.key}(fields: "id").`);
  const fields = entity.getFields();
  if (String(fields.id?.type) !== "ID!") problem(`${ENTITY}.id must be ID!, the hub's key.`, "id");
  const department = fields.department;
  if (!department || String(department.type) !== `${contract.departmentEnum}!` || directives(department, names.external).length === 0) {
    problem(`${ENTITY} must declare \`department: ${contract.departmentEnum}! @${names.external}\`, which the detail field requires.`, "department");
  }

  const added = Object.values(fields).filter((field) => field.name !== "id" && field.name !== "department");
  if (added.length === 0) problem(`${ENTITY} must have the department's detail field \`${detailField}\`.`);
  const named = added.find((field) => field.name === detailField);
  for (const field of added) {
    if (field === named) continue;
    problem(
      named
        ? `${ENTITY}.${field.name} is a second detail field; a department adds exactly one, \`${detailField}\`.`
        : `${ENTITY}.${field.name} must be named \`${detailField}\`: the camelCase of the subgraph name.`,
      field.name,
    );
  }

  const detail = named ?? (added.length === 1 ? added[0] : undefined);
  if (!detail) return { problems, initiativeType: undefined };
  const requires = directives(detail, names.requires).map((d) => normaliseFieldSet(argument(d, "fields") ?? ""));
  if (!requires.includes("department")) {
    problem(`${ENTITY}.${detail.name} must be @${names.requires}(fields: "department").`, detail.name);
  }
  if (isNonNullType(detail.type)) {
    problem(`${ENTITY}.${detail.name} must be nullable: it is null for other departments' initiatives.`, detail.name);
  }
  const returned = isNonNullType(detail.type) ? detail.type.ofType : detail.type;
  if (!isObjectType(returned)) {
    problem(`${ENTITY}.${detail.name} must return the department's initiative object type, not ${String(detail.type)}.`, detail.name);
    return { problems, initiativeType: undefined };
  }
  return { problems, initiativeType: returned };
}
