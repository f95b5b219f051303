import { type Department, departmentIdOf } from "@dlhub/schema";
import { badUserInput } from "@dlhub/subgraph-kit";

/** More than any hub will have departments; a longer list is a mistake or an attack on the planner. */
const MAX_DEPARTMENT_IDS = 100;

/** A filter's department condition: the registered ids, or the deprecated enum values. */
export interface DepartmentChoice {
  departmentIds?: string[] | null;
  departments?: Department[] | null;
}

/**
 * The department ids a filter asks for; undefined when it asks for none. The deprecated enum list
 * still works, read as the ids of the departments it names. Both at once is refused rather than
 * one silently winning, since a client sending both has not decided which it means.
 */
export function chosenDepartmentIds(choice: DepartmentChoice, path = "filter"): string[] | undefined {
  const { departmentIds, departments } = choice;
  if (departmentIds != null && departments != null) {
    throw badUserInput(
      "Give `departmentIds` or the deprecated `departments`, not both: `departmentIds` takes the registered ids, e.g. [\"libraries\"].",
      `${path}.departments`,
    );
  }
  if (departmentIds && departmentIds.length > MAX_DEPARTMENT_IDS) {
    throw badUserInput(`\`departmentIds\` takes at most ${MAX_DEPARTMENT_IDS} values`, `${path}.departmentIds`);
  }
  if (departmentIds?.length) return [...new Set(departmentIds)];
  if (departments?.length) return [...new Set(departments.map(departmentIdOf))];
  return undefined;
}
