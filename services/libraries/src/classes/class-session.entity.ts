import { DateTime } from "@dlhub/schema";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** One meeting of a computer class; attendance is recorded once it has been held. */
@ObjectType()
@Entity("class_session")
@Index(["classId", "startsAt"], { unique: true })
export class ClassSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "class_id", type: "uuid" })
  classId!: string;

  @Field(() => DateTime)
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt!: Date;

  @Field(() => Int)
  @Column({ name: "duration_minutes", type: "integer" })
  durationMinutes!: number;

  @Field(() => Int, { nullable: true, description: "Null until the session has been held." })
  @Column({ type: "integer", nullable: true })
  attendance!: number | null;
}
