import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { MappedArea } from "./mapped-area.js";

/** One of the 18 districts of the Philadelphia2035 comprehensive plan. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A Philadelphia2035 planning district." })
@Entity("planning_district")
export class PlanningDistrict extends MappedArea {
  @Field(() => ID, { description: 'Slug of the district name, e.g. "upper-north".' })
  @PrimaryColumn({ type: "varchar", length: 80 })
  id!: string;

  @Field({ description: 'e.g. "Upper North".' })
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Field(() => Int, { description: "The City's district number (DIST_NUM)." })
  @Column({ type: "integer" })
  number!: number;
}
