import { DEPARTMENT_ID_DESCRIPTION, DEPARTMENT_NAME_DESCRIPTION, Department, SiteKind } from "@dlhub/schema";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { type DepartmentFields, legacyDepartmentResolver } from "../departments/index.js";

@ObjectType({ description: "How many initiatives of one department have a site in a place." })
export class DepartmentCount implements DepartmentFields {
  @Field(() => ID, { description: DEPARTMENT_ID_DESCRIPTION })
  departmentId!: string;

  @Field({ description: DEPARTMENT_NAME_DESCRIPTION })
  departmentName!: string;

  /** Answered by legacyDepartmentResolver (deprecated; an error for a department the closed list lacks). */
  department!: Department | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A place in a neighborhood where at least one initiative is delivered, counted once however many initiatives use it." })
export class NeighborhoodSite implements DepartmentFields {
  @Field(() => ID, { description: "`<department>:<kind>:<key>`, as on `Initiative.sites`." })
  id!: string;

  @Field()
  name!: string;

  @Field(() => SiteKind)
  kind!: SiteKind;

  @Field(() => ID, { description: `The department whose feed lists the place. ${DEPARTMENT_ID_DESCRIPTION}` })
  departmentId!: string;

  @Field({ description: DEPARTMENT_NAME_DESCRIPTION })
  departmentName!: string;

  /** Answered by legacyDepartmentResolver (deprecated; an error for a department the closed list lacks). */
  department!: Department | null;

  @Field(() => Int, { nullable: true, description: "Public computers; null when the department does not report them." })
  workstations!: number | null;

  @Field(() => Float, { nullable: true, description: "Hours a week open for public computer use; null when not reported." })
  weeklyOpenHours!: number | null;
}

/** The deprecated `department` of a count and of a site. */
export const DepartmentCountDepartmentResolver = legacyDepartmentResolver(DepartmentCount);
export const NeighborhoodSiteDepartmentResolver = legacyDepartmentResolver(NeighborhoodSite);
