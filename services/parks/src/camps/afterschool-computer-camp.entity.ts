import { LocalDate } from "@dlhub/schema";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** One season of an afterschool computer camp at a recreation centre, e.g. Fall 2024 at Rivera. */
@ObjectType({ description: "An afterschool computer camp held at a recreation centre for one season." })
@Entity("afterschool_computer_camp")
@Index(["initiativeId", "centerAssetId", "season"], { unique: true })
export class AfterschoolComputerCamp {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Index()
  @Column({ name: "center_asset_id", type: "varchar", length: 20 })
  centerAssetId!: string;

  @Field({ description: "What the campers work on, e.g. `Scratch coding club`." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "The school-year season, e.g. `Fall 2024`." })
  @Column({ type: "varchar", length: 20 })
  season!: string;

  @Field(() => LocalDate, { description: "The first afternoon of the season." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: string;

  @Field(() => Int)
  @Column({ type: "integer" })
  seats!: number;

  @Field(() => Int, { description: "Children enrolled; never more than the seats." })
  @Column({ type: "integer" })
  enrolled!: number;
}
