import { DEPARTMENT_ENUM_DEPRECATION, DEPARTMENT_NAME_DESCRIPTION, Department, legacyDepartmentOf } from "@dlhub/schema";
import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { type ClassType, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { LEGACY_DEPARTMENT_FIELD, departmentNameById, listedDepartment } from "./department-names.js";

/**
 * `departmentName` and the deprecated `department` of an entity the hub reads whole from its
 * tables (an initiative, a place), from the entity's department id. The name goes through the
 * per-request loader, so a page of 500 initiatives costs one statement for names.
 */
export function departmentFieldsResolver<T extends object>(type: ClassType<T>, departmentIdOf: (root: T) => string) {
  @Resolver(() => type)
  class DepartmentFieldsResolver {
    @FieldResolver(() => String, { description: DEPARTMENT_NAME_DESCRIPTION })
    departmentName(@Root() root: T, @Ctx() context: SubgraphContext): string | Promise<string> {
      return departmentNameById.value(context, departmentIdOf(root));
    }

    @FieldResolver(() => Department, LEGACY_DEPARTMENT_FIELD)
    department(@Root() root: T): Department {
      return listedDepartment(departmentIdOf(root));
    }
  }
  return DepartmentFieldsResolver;
}

/** The deprecated `department` of a row that carries its department's id and name already (a count, a site). */
export function legacyDepartmentResolver<T extends { departmentId: string }>(type: ClassType<T>) {
  @Resolver(() => type)
  class LegacyDepartmentResolver {
    @FieldResolver(() => Department, LEGACY_DEPARTMENT_FIELD)
    department(@Root() root: T): Department {
      return listedDepartment(root.departmentId);
    }
  }
  return LegacyDepartmentResolver;
}

/**
 * The same for a followed feed, whose `department` was always nullable (null until its first page
 * was read): null stays the answer for a department the closed list has no value for.
 */
export function feedDepartmentResolver<T extends object>(type: ClassType<T>, departmentIdOf: (root: T) => string) {
  @Resolver(() => type)
  class FeedDepartmentResolver {
    @FieldResolver(() => String, { description: DEPARTMENT_NAME_DESCRIPTION })
    departmentName(@Root() root: T, @Ctx() context: SubgraphContext): string | Promise<string> {
      return departmentNameById.value(context, departmentIdOf(root));
    }

    @FieldResolver(() => Department, {
      nullable: true,
      deprecationReason: DEPARTMENT_ENUM_DEPRECATION,
      description: "The department in the closed Department list; null for a department registered since.",
    })
    department(@Root() root: T): Department | null {
      return legacyDepartmentOf(departmentIdOf(root));
    }
  }
  return FeedDepartmentResolver;
}
