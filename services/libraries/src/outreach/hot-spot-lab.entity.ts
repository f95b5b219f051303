import { CoordinateColumn, LocalDate, PlaceRecord } from "@dlhub/schema";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A library computer lab with a trainer, hosted by a trusted community organisation. */
@ObjectType()
@Entity("hot_spot_lab")
export class HotSpotLab extends PlaceRecord {
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
  name!: string;

  @Field()
  @Column({ name: "host_organization", type: "varchar", length: 200 })
  hostOrganization!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  address!: string;

  @CoordinateColumn()
  latitude!: number | null;

  @CoordinateColumn()
  longitude!: number | null;

  @Field(() => Int)
  @Column({ type: "integer" })
  workstations!: number;

  @Field(() => LocalDate)
  @Column({ name: "opened_on", type: "date" })
  openedOn!: string;
}
