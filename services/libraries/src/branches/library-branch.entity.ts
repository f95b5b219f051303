import { CoordinateColumn } from "@dlhub/schema";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum BranchType {
  CENTRAL = "CENTRAL",
  REGIONAL = "REGIONAL",
  BRANCH = "BRANCH",
  SPECIAL_AGENCY = "SPECIAL_AGENCY",
}
registerEnumType(BranchType, { name: "BranchType" });

/** A Free Library location. Other departments refer to it by its branch code (the CPO code). */
@Directive('@key(fields: "code")')
@ObjectType({ description: "A Free Library of Philadelphia location." })
@Entity("branch")
export class LibraryBranch {
  @Field(() => ID, { description: "The Free Library's branch code, e.g. `52004`." })
  @PrimaryColumn({ type: "varchar", length: 20 })
  code!: string;

  @Field()
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Field(() => BranchType)
  @Column({ type: "varchar", length: 20 })
  type!: BranchType;

  @Field()
  @Column({ type: "varchar", length: 200 })
  address!: string;

  @CoordinateColumn()
  latitude!: number | null;

  @CoordinateColumn()
  longitude!: number | null;

  /**
   * Optional here only because the demo data predates it; the column defaults to false, so a row
   * read back always has it.
   */
  @Field({ description: "The Free Library lists the location as closed." })
  @Column({ type: "boolean", default: false })
  closed?: boolean;

  @Field(() => Int, { description: "Public computers available to patrons." })
  @Column({ name: "public_computers", type: "integer", default: 0 })
  publicComputers!: number;
}
