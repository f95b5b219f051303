import { isEnumType, isScalarType } from "graphql";
import { type ExpectedContract } from "./expected-contract.js";
import { ContractRule, type ContractProblem } from "./rules.js";
import { type SubgraphSdl } from "./subgraph-sdl.js";

/**
 * A contract enum or scalar the subgraph defines must be the contract's: the gateway merges the
 * subgraphs' enums, and a value one department lacks makes every query returning it fail there.
 */
export function checkSharedDefinitions({ schema }: SubgraphSdl, contract: ExpectedContract): ContractProblem[] {
  const problems: ContractProblem[] = [];
  for (const [name, expected] of contract.enums) {
    const type = schema.getType(name);
    if (!type) continue;
    if (!isEnumType(type)) {
      problems.push({ rule: ContractRule.SHARED_ENUM, type: name, message: `${name} must be the contract's enum, not another kind of type.` });
      continue;
    }
    problems.push(...compareEnumValues(name, expected, type.getValues().map((value) => value.name)));
  }
  for (const name of contract.scalars) {
    const type = schema.getType(name);
    if (type && !isScalarType(type)) {
      problems.push({ rule: ContractRule.SHARED_SCALAR, type: name, message: `${name} must be the contract's scalar, not another kind of type.` });
    }
  }
  return problems;
}

/**
 * Names each value that is missing, extra or renamed (a missing value whose place an extra value
 * has taken), and otherwise the first value out of the contract's order.
 */
export function compareEnumValues(name: string, expected: readonly string[], actual: readonly string[]): ContractProblem[] {
  const problem = (field: string, message: string): ContractProblem => ({ rule: ContractRule.SHARED_ENUM, type: name, field, message });
  const extra = new Set(actual.filter((value) => !expected.includes(value)));
  const problems: ContractProblem[] = [];
  expected.forEach((value, index) => {
    if (actual.includes(value)) return;
    const inItsPlace = actual[index];
    if (inItsPlace !== undefined && extra.delete(inItsPlace)) {
      problems.push(problem(value, `${name}.${value} is renamed to ${inItsPlace}; the contract's value is ${value}.`));
    } else {
      problems.push(problem(value, `${name} lacks the contract's value ${value}.`));
    }
  });
  for (const value of extra) {
    problems.push(problem(value, `${name} has ${value}, which the contract does not; add values to the contract, not to a department.`));
  }
  if (problems.length > 0) return problems;
  const misplaced = expected.findIndex((value, index) => actual[index] !== value);
  return misplaced < 0
    ? []
    : [problem(expected[misplaced] ?? "", `${name} lists its values out of the contract's order: ${expected.join(", ")}.`)];
}
