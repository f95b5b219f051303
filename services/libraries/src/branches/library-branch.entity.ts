import { CoordinateColumn, PlaceRecord } from "@dlhub/schema";
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
export class LibraryBranch extends PlaceRecord {
  @Field(() => ID, { description: "The Free Library's branch code, e.g. `52004`." })
  @PrimaryColumn({ type: "varchar", length: 20 })
  code!: string;

  @Field()
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Field(() => BranchType)
  @Column({ type: "varchar", length: 20 })
  type!: BranchType;

  /**
   * Optional here only because rows typed before the column existed have none; an imported row
   * always has the list's own word.
   */
  @Field(() => String, { nullable: true, description: "The location list's own TYPE, as written: `Branch`, `Central` or `Special Agencies`." })
  @Column({ name: "type_code", type: "varchar", length: 40, nullable: true })
  typeCode?: string | null;

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

  /** The location list has no counts, so an imported branch has none until someone states one. */
  @Field(() => Int, { nullable: true, description: "Public computers available to patrons; null where no source states the number." })
  @Column({ name: "public_computers", type: "integer", nullable: true })
  publicComputers!: number | null;
}
