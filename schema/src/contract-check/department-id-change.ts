/**
 * The contract's move from the closed `Department` enum to registered ids, said once so every
 * problem it causes explains it the same way to the department developer reading the check.
 */

/** The field every department's initiative type and the hub's `Initiative` stub carry. */
export const DEPARTMENT_ID_FIELD = "departmentId";

/** The deprecated enum-typed field; only the departments the closed enum lists may still serve it. */
export const LEGACY_DEPARTMENT_FIELD = "department";

export const DEPARTMENT_ID_CHANGE =
  "Departments are registry data now, known by their registered id (the subgraph name; `dlhub department list`); the closed Department enum is deprecated and has no value for a department registered since.";
