import { LocalDate } from "@dlhub/schema";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A public computer lab inside a Parks & Recreation site, run under one initiative: a former
 * KEYSPOT lab, an older adult centre's tech room, or one of the 2024 Digital Access Hubs.
 */
@ObjectType({ description: "A public computer lab at a recreation centre." })
@Entity("computer_lab")
export class ComputerLab {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** The natural key the seed and importers upsert on. */
  @Column({ type: "varchar", length: 120, unique: true })
  slug!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Index()
  @Column({ name: "center_asset_id", type: "varchar", length: 20 })
  centerAssetId!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => Int, { description: "Public workstations in the lab." })
  @Column({ type: "integer" })
  workstations!: number;

  @Field({ description: "One of the Digital Access Hubs funded by the PA Broadband Development Authority in 2024." })
  @Column({ name: "is_digital_access_hub", type: "boolean", default: false })
  isDigitalAccessHub!: boolean;

  @Field({ description: "Served by fiber-backed public Wi-Fi." })
  @Column({ name: "has_fiber_wifi", type: "boolean", default: false })
  hasFiberWifi!: boolean;

  @Field(() => Int, { nullable: true, description: "Provisioned internet speed; null where it has not been measured." })
  @Column({ name: "internet_speed_mbps", type: "integer", nullable: true })
  internetSpeedMbps!: number | null;

  @Field(() => LocalDate)
  @Column({ name: "opened_on", type: "date" })
  openedOn!: string;
}
