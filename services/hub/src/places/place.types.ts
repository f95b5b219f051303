import { DEPARTMENT_ID_DESCRIPTION, DEPARTMENT_NAME_DESCRIPTION, Department, PlaceStatus } from "@dlhub/schema";
import { PageInfo } from "@dlhub/subgraph-kit";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { type DepartmentFields, legacyDepartmentResolver } from "../departments/index.js";
import { Place } from "./place.entity.js";

@ObjectType()
export class PlaceConnection {
  @Field(() => [Place])
  nodes!: Place[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Places matching the filter, regardless of paging." })
  totalCount!: number;

  @Field({ description: "True when any place counted in totalCount is demo data." })
  includesDemo!: boolean;
}

@ObjectType({ description: "How many places of one department, kind and status lie in an area, each placed by its own coordinates." })
export class PlaceCount implements DepartmentFields {
  @Field(() => ID, { description: DEPARTMENT_ID_DESCRIPTION })
  departmentId!: string;

  @Field({ description: DEPARTMENT_NAME_DESCRIPTION })
  departmentName!: string;

  /** Answered by legacyDepartmentResolver (deprecated; an error for a department the closed list lacks). */
  department!: Department | null;

  @Field()
  kind!: string;

  @Field(() => PlaceStatus)
  status!: PlaceStatus;

  @Field(() => Int)
  count!: number;
}

/** PlaceCount's deprecated `department`. */
export const PlaceCountDepartmentResolver = legacyDepartmentResolver(PlaceCount);
