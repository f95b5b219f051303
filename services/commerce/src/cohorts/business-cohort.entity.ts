import { Language, LocalDate } from "@dlhub/schema";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A group of small businesses taken through a program together, usually on one corridor and in
 * one language. The enrolment counts are the program's own tally: they include businesses that
 * did not agree to be listed by name, so they may exceed the businesses listed under the cohort.
 */
@ObjectType({ description: "A cohort of small businesses in a Commerce digital-skills program." })
@Entity("business_cohort")
export class BusinessCohort {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "varchar", length: 120, unique: true })
  slug!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  /** Null for cohorts that meet online rather than on a corridor. */
  @Index()
  @Column({ name: "corridor_id", type: "varchar", length: 80, nullable: true })
  corridorId!: string | null;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => LocalDate)
  @Column({ name: "starts_on", type: "date" })
  startsOn!: string;

  @Field(() => LocalDate)
  @Column({ name: "ends_on", type: "date" })
  endsOn!: string;

  @Field(() => Language, { description: "The language the cohort is taught in." })
  @Column({ type: "varchar", length: 2 })
  language!: Language;

  @Field(() => Int)
  @Column({ name: "businesses_enrolled", type: "integer" })
  businessesEnrolled!: number;

  @Field(() => Int)
  @Column({ name: "businesses_completed", type: "integer" })
  businessesCompleted!: number;
}
