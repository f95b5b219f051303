import { type Department } from "@dlhub/schema";

/**
 * Whose feed it is: `departmentId` always; `department`, the deprecated enum value, only from the
 * departments the enum lists. A reader of an older department's feed, which sends no
 * `departmentId`, falls back to departmentIdOf(department).
 */
export interface DepartmentOfFeed {
  departmentId: string;
  department?: Department;
}

/** The page's and every snapshot's department fields; `department` is left out, not null, for a newer department. */
export function departmentOfFeed(owner: { departmentId: string; legacyDepartment?: Department }): DepartmentOfFeed {
  return { departmentId: owner.departmentId, ...(owner.legacyDepartment === undefined ? {} : { department: owner.legacyDepartment }) };
}
