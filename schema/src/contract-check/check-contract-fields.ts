import { type GraphQLObjectType } from "graphql";
import { type ExpectedContract } from "./expected-contract.js";
import { ContractRule, type ContractProblem } from "./rules.js";

/**
 * The department's initiative type must serve every contract field with exactly the contract's
 * type: the hub copies initiatives field by field, and a nullable or renamed type would break the
 * copy for that department only. Extra fields are the department's own and are not checked.
 */
export function checkContractFields(initiativeType: GraphQLObjectType, contract: ExpectedContract): ContractProblem[] {
  const fields = initiativeType.getFields();
  const problems: ContractProblem[] = [];
  for (const [name, expected] of contract.initiativeFields) {
    const actual = fields[name];
    const problem = (message: string) =>
      problems.push({ rule: ContractRule.CONTRACT_FIELDS, type: initiativeType.name, field: name, message });
    if (!actual) problem(`${initiativeType.name} lacks the contract field \`${name}: ${expected}\`.`);
    else if (String(actual.type) !== expected) {
      problem(`${initiativeType.name}.${name} is ${String(actual.type)}; the contract's type is ${expected}.`);
    }
  }
  return problems;
}
