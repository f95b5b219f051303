import { CoordinateColumn, LocalDate, PlaceRecord } from "@dlhub/schema";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A scheduled stop of the Techmobile, the library's computer lab on wheels. */
@ObjectType()
@Entity("techmobile_stop")
@Index(["initiativeId", "locationName", "visitOn"], { unique: true })
export class TechmobileStop extends PlaceRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field()
  @Column({ name: "location_name", type: "varchar", length: 200 })
  locationName!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  address!: string;

  @CoordinateColumn()
  latitude!: number | null;

  @CoordinateColumn()
  longitude!: number | null;

  @Field(() => LocalDate)
  @Column({ name: "visit_on", type: "date" })
  visitOn!: string;
}
