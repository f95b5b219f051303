import { type GraphQLObjectType, isNonNullType, isObjectType } from "graphql";
import { DEPARTMENT_ID_CHANGE, DEPARTMENT_ID_FIELD, LEGACY_DEPARTMENT_FIELD } from "./department-id-change.js";
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
 * `departmentId` (the registered id) so the gateway passes it in and the department answers null
 * for other departments' initiatives without a lookup, which is also why the field must be
 * nullable.
 */
export function checkDetailField(subgraph: SubgraphSdl, detailField: string): DetailFieldResult {
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
  // An SDL written to the old contract breaks several of these rules at once; the reason is given once.
  let reasonGiven = false;
  const explained = () => {
    if (reasonGiven) return "";
    reasonGiven = true;
    return ` ${DEPARTMENT_ID_CHANGE}`;
  };
  const departmentId = fields[DEPARTMENT_ID_FIELD];
  if (!departmentId || String(departmentId.type) !== "ID!" || directives(departmentId, names.external).length === 0) {
    const reason = departmentId ? "" : explained();
    problem(`${ENTITY} must declare \`${DEPARTMENT_ID_FIELD}: ID! @${names.external}\`, which the detail field requires.${reason}`, DEPARTMENT_ID_FIELD);
  }
  if (fields[LEGACY_DEPARTMENT_FIELD]) {
    problem(
      `${ENTITY}.${LEGACY_DEPARTMENT_FIELD} must go: the detail field requires \`${DEPARTMENT_ID_FIELD}\` in its place, and an external field nothing requires does not compose.`,
      LEGACY_DEPARTMENT_FIELD,
    );
  }

  const stubFields = new Set(["id", DEPARTMENT_ID_FIELD, LEGACY_DEPARTMENT_FIELD]);
  const added = Object.values(fields).filter((field) => !stubFields.has(field.name));
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
  if (!requires.includes(DEPARTMENT_ID_FIELD)) {
    const legacy = requires.includes(LEGACY_DEPARTMENT_FIELD) ? ` It requires \`${LEGACY_DEPARTMENT_FIELD}\`, the deprecated enum.${explained()}` : "";
    problem(`${ENTITY}.${detail.name} must be @${names.requires}(fields: "${DEPARTMENT_ID_FIELD}").${legacy}`, detail.name);
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
