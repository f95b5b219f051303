import { Language } from "@dlhub/schema";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export enum ClassLevel {
  BEGINNER = "BEGINNER",
  INTERMEDIATE = "INTERMEDIATE",
  ADVANCED = "ADVANCED",
}
registerEnumType(ClassLevel, { name: "ClassLevel" });

/** A computer class the library teaches, e.g. "Internet Basics" at a branch, in a language. */
@ObjectType()
@Entity("computer_class")
@Index(["initiativeId", "slug"], { unique: true })
export class ComputerClass {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ type: "varchar", length: 120 })
  slug!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Index()
  @Column({ name: "branch_code", type: "varchar", length: 20 })
  branchCode!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => ClassLevel)
  @Column({ type: "varchar", length: 20 })
  level!: ClassLevel;

  @Field(() => Language)
  @Column({ type: "varchar", length: 2 })
  language!: Language;

  @Field(() => Int, { description: "Seats per session." })
  @Column({ type: "integer" })
  seats!: number;
}
