import { CoordinateColumn, PlaceRecord } from "@dlhub/schema";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Who gives a KEYSPOT its room: a Free Library branch, a City recreation centre, or a non-profit. */
export enum KeyspotHostKind {
  LIBRARY_BRANCH = "LIBRARY_BRANCH",
  RECREATION_CENTER = "RECREATION_CENTER",
  COMMUNITY_ORGANIZATION = "COMMUNITY_ORGANIZATION",
}
registerEnumType(KeyspotHostKind, { name: "KeyspotHostKind" });

/**
 * A KEYSPOT public computer centre. The network's standard (at least five workstations and fifteen
 * open hours a week, with a lab instructor) is enforced by the table's CHECKs wherever the numbers
 * are known; location files do not give them. The host is another department's place when it is
 * a branch or a rec centre, so only its key is kept here, and its name when no key is known.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A KEYSPOT public computer centre with open lab hours and an instructor." })
@Entity("keyspot_site")
export class KeyspotSite extends PlaceRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "OIT's stable key for the site, e.g. `happy-hollow`." })
  @Column({ type: "varchar", length: 120, unique: true })
  slug!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Street address; null for a mobile KEYSPOT." })
  @Column({ type: "varchar", length: 200, nullable: true })
  address!: string | null;

  @CoordinateColumn({ nullable: false })
  latitude!: number;

  @CoordinateColumn({ nullable: false })
  longitude!: number;

  @Field(() => Int, { nullable: true, description: "Public workstations; the KEYSPOT standard is at least five. Null when not known." })
  @Column({ type: "integer", nullable: true })
  workstations!: number | null;

  @Field(() => Int, { nullable: true, description: "Open-access hours a week; the KEYSPOT standard is at least fifteen. Null when not known." })
  @Column({ name: "weekly_open_hours", type: "integer", nullable: true })
  weeklyOpenHours!: number | null;

  @Field(() => KeyspotHostKind)
  @Column({ name: "host_kind", type: "varchar", length: 30 })
  hostKind!: KeyspotHostKind;

  // The properties below are optional in TypeScript only because the demo data predates them;
  // the columns are nullable or have a default, so a row read back always has them.

  @Field(() => String, { nullable: true, description: "The host as the source names it, e.g. `Mercy Neighborhood Ministries`." })
  @Column({ name: "host_name", type: "varchar", length: 200, nullable: true })
  hostName?: string | null;

  @Field({ description: "The Free Library sponsors the site as one of its Hot Spot labs." })
  @Column({ name: "library_hot_spot", type: "boolean", default: false })
  libraryHotSpot?: boolean;

  @Field(() => String, { nullable: true, description: "The 2015 list's own site type, as written: `PPR`, `FLP` or `Non-Profit`; null where the source has none." })
  @Column({ name: "type_code", type: "varchar", length: 40, nullable: true })
  typeCode?: string | null;

  @Field(() => String, { nullable: true, description: "The network's own region: North, West, Center City or South." })
  @Column({ type: "varchar", length: 40, nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  phone?: string | null;

  /** Only when the host is a library branch (not always known); served as a `LibraryBranch` reference. */
  @Index()
  @Column({ name: "host_branch_code", type: "varchar", length: 20, nullable: true })
  hostBranchCode!: string | null;

  /** Only when the host is a recreation centre (not always known); served as a `RecreationCenter` reference. */
  @Index()
  @Column({ name: "host_recreation_center_asset_id", type: "varchar", length: 20, nullable: true })
  hostRecreationCenterAssetId!: string | null;

  @Field(() => String, { nullable: true, description: "The hub-wide partner key of a non-profit host, e.g. `congreso`." })
  @Column({ name: "host_partner_slug", type: "varchar", length: 120, nullable: true })
  hostPartnerSlug!: string | null;
}
