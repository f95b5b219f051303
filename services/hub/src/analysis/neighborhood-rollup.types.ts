import { Department, SiteKind } from "@dlhub/schema";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How many initiatives of one department have a site in a place." })
export class DepartmentCount {
  @Field(() => Department)
  department!: Department;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A place in a neighborhood where at least one initiative is delivered, counted once however many initiatives use it." })
export class NeighborhoodSite {
  @Field(() => ID, { description: "`<department>:<kind>:<key>`, as on `Initiative.sites`." })
  id!: string;

  @Field()
  name!: string;

  @Field(() => SiteKind)
  kind!: SiteKind;

  @Field(() => Department, { description: "The department whose feed lists the place." })
  department!: Department;

  @Field(() => Int, { nullable: true, description: "Public computers; null when the department does not report them." })
  workstations!: number | null;

  @Field(() => Float, { nullable: true, description: "Hours a week open for public computer use; null when not reported." })
  weeklyOpenHours!: number | null;
}
