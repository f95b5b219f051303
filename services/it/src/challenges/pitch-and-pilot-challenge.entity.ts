import { LocalDate } from "@dlhub/schema";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A Pitch & Pilot call from the SmartCityPHL Roadmap: the City names a problem, companies pitch,
 * and the best pitches get a paid pilot with a City department.
 */
@ObjectType({ description: "A SmartCityPHL Pitch & Pilot challenge." })
@Entity("pitch_and_pilot_challenge")
export class PitchAndPilotChallenge {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "varchar", length: 120, unique: true })
  slug!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  theme!: string;

  @Field(() => LocalDate)
  @Column({ name: "launched_on", type: "date" })
  launchedOn!: string;

  @Field(() => Int, { description: "The most one pilot can be awarded, in whole US dollars." })
  @Column({ name: "max_award_per_pilot_usd", type: "integer" })
  maxAwardPerPilotUsd!: number;

  @Field(() => Int, { description: "Pitches chosen for a paid pilot so far." })
  @Column({ name: "pilots_selected", type: "integer" })
  pilotsSelected!: number;
}
