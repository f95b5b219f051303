import { type GraphQLObjectType } from "graphql";
import { DEPARTMENT_ID_CHANGE, DEPARTMENT_ID_FIELD, LEGACY_DEPARTMENT_FIELD } from "./department-id-change.js";
import { type ExpectedContract } from "./expected-contract.js";
import { ContractRule, type ContractProblem } from "./rules.js";

/**
 * The department's initiative type must serve every contract field with exactly the contract's
 * type: the hub copies initiatives field by field, and a nullable or renamed type would break the
 * copy for that department only. Extra fields are the department's own and are not checked, except
 * the deprecated `department`, which keeps the one meaning it had (see checkLegacyDepartment).
 */
export function checkContractFields(initiativeType: GraphQLObjectType, contract: ExpectedContract): ContractProblem[] {
  const fields = initiativeType.getFields();
  const problems: ContractProblem[] = [];
  for (const [name, expected] of contract.initiativeFields) {
    const actual = fields[name];
    const problem = (message: string) =>
      problems.push({ rule: ContractRule.CONTRACT_FIELDS, type: initiativeType.name, field: name, message });
    // A missing departmentId most likely means an SDL built before ids: say why it is wanted.
    const why = name === DEPARTMENT_ID_FIELD ? ` ${DEPARTMENT_ID_CHANGE}` : "";
    if (!actual) problem(`${initiativeType.name} lacks the contract field \`${name}: ${expected}\`.${why}`);
    else if (String(actual.type) !== expected) {
      problem(`${initiativeType.name}.${name} is ${String(actual.type)}; the contract's type is ${expected}.${why}`);
    }
  }
  return [...problems, ...checkLegacyDepartment(initiativeType, contract)];
}

/**
 * `department` is optional: the departments the closed enum lists serve it through the
 * deprecation period, a department registered since has no value to give and leaves it out. When
 * served it must be the enum, non-null and deprecated, so no client mistakes it for the current field.
 */
function checkLegacyDepartment(initiativeType: GraphQLObjectType, contract: ExpectedContract): ContractProblem[] {
  const field = initiativeType.getFields()[LEGACY_DEPARTMENT_FIELD];
  if (!field) return [];
  const at = `${initiativeType.name}.${LEGACY_DEPARTMENT_FIELD}`;
  const problem = (message: string): ContractProblem => ({ rule: ContractRule.CONTRACT_FIELDS, type: initiativeType.name, field: LEGACY_DEPARTMENT_FIELD, message });
  const leaveOut = `a department the closed enum does not list leaves \`${LEGACY_DEPARTMENT_FIELD}\` out and serves only \`${DEPARTMENT_ID_FIELD}\``;
  if (String(field.type) !== `${contract.departmentEnum}!`) {
    return [problem(`${at} is ${String(field.type)}; when served it is the deprecated \`${contract.departmentEnum}!\` (${leaveOut}).`)];
  }
  if (!field.deprecationReason) {
    return [problem(`${at} must be @deprecated: ${DEPARTMENT_ID_CHANGE} Serve it only through the deprecation period (initiativeContract's \`legacyDepartment\`); ${leaveOut}.`)];
  }
  return [];
}
