import { Department } from "./enums.js";

/**
 * A department is known by the id the registry holds for it (`dlhub department register`): its
 * subgraph's name, e.g. `libraries` or `immigrant-affairs`. The closed `Department` enum is kept
 * only for clients written before ids, for the departments it already listed; a department
 * registered since has no value in it.
 */

/** Why every enum-typed `department` field and argument is deprecated; the check report and README repeat it. */
export const DEPARTMENT_ENUM_DEPRECATION =
  "The closed Department list cannot name a department registered since; use departmentId (the registered id, e.g. `libraries`) and departmentName.";

/** How every `departmentId` field reads. */
export const DEPARTMENT_ID_DESCRIPTION = "The registered id of the department, e.g. `libraries`: its subgraph's name (`dlhub department list`).";

/** How every `departmentName` field reads. */
export const DEPARTMENT_NAME_DESCRIPTION =
  "The department's name as the coordinator registered it, e.g. \"Free Library of Philadelphia\"; its id while the registry gives no name.";

const LISTED = new Set<string>(Object.values(Department));

/** `immigrant-affairs` → IMMIGRANT_AFFAIRS; null for a department registered after the list closed. */
export function legacyDepartmentOf(departmentId: string): Department | null {
  const value = departmentId.toUpperCase().replace(/-/g, "_");
  return LISTED.has(value) ? (value as Department) : null;
}

/** IMMIGRANT_AFFAIRS → `immigrant-affairs`: the registered id of a department the old list named. */
export function departmentIdOf(department: Department): string {
  return department.toLowerCase().replace(/_/g, "-");
}
