import { CoordinateColumn, LocalDate, PlaceRecord } from "@dlhub/schema";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A day on which refurbished computers were handed out to residents at a community location. */
@ObjectType({ description: "A device distribution event run with a partner such as PCs for People." })
@Entity("device_distribution_event")
@Index(["initiativeId", "locationName", "heldOn"], { unique: true })
export class DeviceDistributionEvent extends PlaceRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field(() => LocalDate)
  @Column({ name: "held_on", type: "date" })
  heldOn!: string;

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

  @Field(() => Int)
  @Column({ name: "devices_distributed", type: "integer" })
  devicesDistributed!: number;

  @Field({ description: "The distributing partner's hub-wide key, e.g. `pcs-for-people`." })
  @Column({ name: "partner_slug", type: "varchar", length: 120 })
  partnerSlug!: string;

  @Field()
  @Column({ name: "partner_name", type: "varchar", length: 200 })
  partnerName!: string;
}
