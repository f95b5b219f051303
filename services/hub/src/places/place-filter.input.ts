import { DEPARTMENT_ENUM_DEPRECATION, Department, PlaceStatus } from "@dlhub/schema";
import { Field, Float, ID, InputType } from "type-graphql";
import { INCLUDE_DEMO_DESCRIPTION } from "../catalog/demo-rule.js";

@InputType({ description: "A circle on the map: places within `meters` of the point." })
export class NearPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Float, { description: "At most 50,000." })
  meters!: number;
}

/** Every condition given must hold; a list matches when the place has any of its values. */
@InputType({ description: "The coordinator's filters over every department's places." })
export class PlaceFilter {
  @Field(() => [ID], { nullable: true, description: "Of these departments, by registered id, e.g. [\"parks\", \"arts-culture\"]." })
  departmentIds?: string[];

  @Field(() => [Department], { nullable: true, deprecationReason: DEPARTMENT_ENUM_DEPRECATION, description: "Of these departments of the closed list; not with `departmentIds`." })
  departments?: Department[];

  @Field(() => [String], { nullable: true, description: "Kinds of place, e.g. `KEYSPOT`, `LIBRARY_BRANCH`." })
  kinds?: string[];

  @Field(() => [String], { nullable: true, description: "The sources' own type codes, e.g. `PPR_REC`, `POOL`, `FLP`." })
  typeCodes?: string[];

  @Field(() => [PlaceStatus], { nullable: true })
  statuses?: PlaceStatus[];

  @Field(() => ID, { nullable: true, description: "In this neighborhood, by the place's own coordinates." })
  neighborhoodId?: string;

  @Field(() => ID, { nullable: true, description: "In this planning district, by the place's own coordinates." })
  planningDistrictId?: string;

  @Field(() => NearPoint, { nullable: true })
  near?: NearPoint;

  @Field(() => String, { nullable: true, description: "Words to find in the name or address." })
  search?: string;

  @Field(() => Boolean, { nullable: true, description: INCLUDE_DEMO_DESCRIPTION })
  includeDemo?: boolean;
}
