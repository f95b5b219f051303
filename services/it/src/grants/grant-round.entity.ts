import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One Digital Literacy Alliance call for proposals, e.g. the 2019 round for the 2020 Census. */
@ObjectType({ description: "A Digital Literacy Alliance grant round." })
@Entity("grant_round")
export class GrantRound {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Stable key, e.g. `2019-census`." })
  @Column({ type: "varchar", length: 120, unique: true })
  slug!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => Int, { description: "The year the awards were announced." })
  @Column({ type: "integer" })
  year!: number;

  @Field({ description: "Who put up the money, e.g. the Independence Public Media Foundation." })
  @Column({ type: "varchar", length: 200 })
  funder!: string;

  @Field({ description: 'What the round funded, e.g. "2020 Census / Philly Counts".' })
  @Column({ type: "varchar", length: 200 })
  focus!: string;

  @Field(() => Int, { nullable: true, description: "All awards in the round, in whole US dollars; null when not published." })
  @Column({ name: "total_amount_usd", type: "integer", nullable: true })
  totalAmountUsd!: number | null;

  @Field(() => String, { nullable: true, description: "The source's own words on the round: submissions, awards, totals." })
  @Column({ type: "text", nullable: true })
  notes!: string | null;

  @Field({ description: "True for DL Hub's demo data; importing the grants file retires the demo rounds and their grants." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo!: boolean;
}
