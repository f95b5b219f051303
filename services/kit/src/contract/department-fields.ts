import { DEPARTMENT_ENUM_DEPRECATION, DEPARTMENT_ID_DESCRIPTION, Department, type InitiativeContract } from "@dlhub/schema";
import { FieldResolver, ID, Resolver } from "type-graphql";

/**
 * Which department an initiative belongs to, as its own type answers it. Every department
 * answers `departmentId`, its registered id (the subgraph name). Only the departments the closed
 * `Department` enum already listed also answer the deprecated `department`, so clients written
 * before ids keep working through the deprecation period; a department registered since has no
 * enum value and so no such field.
 */
export function departmentFields<T extends InitiativeContract>(initiative: new () => T, departmentId: string, legacyDepartment?: Department): Function[] {
  @Resolver(() => initiative)
  class DepartmentIdResolver {
    @FieldResolver(() => ID, { description: DEPARTMENT_ID_DESCRIPTION })
    departmentId(): string {
      return departmentId;
    }
  }
  if (legacyDepartment === undefined) return [DepartmentIdResolver];
  const department: Department = legacyDepartment;

  @Resolver(() => initiative)
  class LegacyDepartmentResolver {
    @FieldResolver(() => Department, { deprecationReason: DEPARTMENT_ENUM_DEPRECATION })
    department(): Department {
      return department;
    }
  }
  return [DepartmentIdResolver, LegacyDepartmentResolver];
}
