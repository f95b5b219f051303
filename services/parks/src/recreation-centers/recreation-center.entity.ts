import { CoordinateColumn, PlaceRecord } from "@dlhub/schema";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** Whether residents can use a site today; the City's COMMENTS column notes closures. */
export enum RecreationCenterStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  CLOSED_FOR_REBUILD = "CLOSED_FOR_REBUILD",
  CLOSED_TEMPORARILY = "CLOSED_TEMPORARILY",
}
registerEnumType(RecreationCenterStatus, { name: "RecreationCenterStatus" });

/**
 * A Parks & Recreation program site. The columns mirror the City's "PPR Program Sites" data set
 * (PARK_NAME, DPP_ASSET_ID, PROGRAM_TYPE, SITE_CLASS, BUILDING, GYM, LABEL_NUMBER, COMMENTS,
 * DATA_SOURCE, X/Y) so an importer can load it row for row. OBJECTID is not kept: it is the
 * export's row number and changes between downloads, while the asset id is the City's own key.
 * Other departments (KEYSPOT sites, Techmobile stops) refer to a centre by its asset id.
 */
@Directive('@key(fields: "assetId")')
@ObjectType({ description: "A Parks & Recreation program site: a recreation centre, playground or older adult centre." })
@Entity("recreation_center")
export class RecreationCenter extends PlaceRecord {
  @Field(() => ID, { description: "The City's DPP asset id (DPP_ASSET_ID), e.g. `1032`." })
  @PrimaryColumn({ name: "asset_id", type: "varchar", length: 20 })
  assetId!: string;

  @Field({ description: "PARK_NAME, e.g. `Happy Hollow Recreation Center`." })
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Field({ description: "e.g. `Recreation Center`, `Playground`, `Older Adult Center`." })
  @Column({ name: "program_type", type: "varchar", length: 60 })
  programType!: string;

  // Optional because the demo data has no City code; every imported row sets it.
  @Field(() => String, { nullable: true, description: "The City's PROGRAM_TYPE code (`PPR_REC`, `OLDER_ADULT_CENTER`, `POOL`, `ENVIRONMENTAL_EDUCATION_CENTER`)." })
  @Column({ name: "program_type_code", type: "varchar", length: 40, nullable: true })
  programTypeCode?: string | null;

  @Field({ description: "The City's SITE_CLASS code (`A`, `B` or `S`)." })
  @Column({ name: "site_class", type: "varchar", length: 10 })
  siteClass!: string;

  @Field({ description: "The site has a building (not only an outdoor playground)." })
  @Column({ type: "boolean" })
  building!: boolean;

  @Field()
  @Column({ type: "boolean" })
  gym!: boolean;

  @Field(() => RecreationCenterStatus)
  @Column({ type: "varchar", length: 30 })
  status!: RecreationCenterStatus;

  @Field(() => String, { nullable: true, description: "Street address; the City's data set has none, so imported rows may lack it." })
  @Column({ type: "varchar", length: 200, nullable: true })
  address!: string | null;

  @CoordinateColumn()
  latitude!: number | null;

  @CoordinateColumn()
  longitude!: number | null;

  @Field(() => String, { nullable: true, description: "LABEL_NUMBER, as in the City's data set." })
  @Column({ name: "label_number", type: "varchar", length: 20, nullable: true })
  labelNumber!: string | null;

  @Field(() => String, { nullable: true, description: "COMMENTS, as the City wrote them, e.g. `Closed for Rebuild`." })
  @Column({ type: "varchar", length: 500, nullable: true })
  comments!: string | null;

  @Field(() => String, { nullable: true, description: "DATA_SOURCE: where the City's record of this site came from." })
  @Column({ name: "data_source", type: "varchar", length: 120, nullable: true })
  dataSource!: string | null;
}
