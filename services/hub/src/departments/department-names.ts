import { DEPARTMENT_ENUM_DEPRECATION, type Department, ErrorCode, legacyDepartmentOf } from "@dlhub/schema";
import { GraphQLError } from "graphql";
import { defineLoader } from "@dlhub/subgraph-kit";

/**
 * Each department's registered name, one statement per request however many rows ask; a
 * department the registry names none for (a hub following no registry, or a feed registered
 * nowhere) is called by its id.
 */
export const departmentNameById = defineLoader<string, string>("departmentNameById", async (ids, db) => {
  const rows = await db.query<{ id: string; name: string }[]>(`SELECT id, name FROM registered_department WHERE id = ANY($1)`, [ids]);
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return ids.map((id) => names.get(id) ?? id);
});

/**
 * The same for statements that answer rows grouped by department: a scalar subquery on the
 * primary key, so a roll-up carries the names with no statement of its own. `idSql` is a fixed
 * column reference written in this package, never a value.
 */
export function departmentNameSql(idSql: string): string {
  return `coalesce((SELECT rd.name FROM registered_department rd WHERE rd.id = ${idSql}), ${idSql})`;
}

/**
 * The options of every deprecated enum-typed `department` field the hub answers. They keep the
 * type they had (non-null): making them nullable would itself break clients, and no department
 * subgraph built before ids could compose with it (they declare `department: Department!`
 * @external). A department registered since has no value in the list: its rows answer the error below.
 */
export const LEGACY_DEPARTMENT_FIELD = {
  deprecationReason: DEPARTMENT_ENUM_DEPRECATION,
  description: "The department in the closed Department list (deprecated). A department registered since answers an error with code DEPARTMENT_NOT_LISTED here.",
} as const;

/** The deprecated enum value of a department, or the field error saying the list has none for it. */
export function listedDepartment(departmentId: string): Department {
  const department = legacyDepartmentOf(departmentId);
  if (department) return department;
  throw new GraphQLError(`Department ${departmentId} is not in the closed Department list this deprecated field answers with; select departmentId and departmentName.`, {
    extensions: { code: ErrorCode.DEPARTMENT_NOT_LISTED, departmentId },
  });
}

/** The department fields of a row the hub answers about one department, from its id and name. */
export interface DepartmentFields {
  departmentId: string;
  departmentName: string;
  department: Department | null;
}

export function departmentFields(departmentId: string, departmentName: string): DepartmentFields {
  return { departmentId, departmentName, department: legacyDepartmentOf(departmentId) };
}
