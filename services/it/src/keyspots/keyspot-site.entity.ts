import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
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
 * open hours a week, with a lab instructor) is enforced by the table's CHECKs. The host is
 * another department's place when it is a branch or a rec centre, so only its key is kept here.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A KEYSPOT public computer centre with open lab hours and an instructor." })
@Entity("keyspot_site")
export class KeyspotSite {
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

  @Field()
  @Column({ type: "varchar", length: 200 })
  address!: string;

  @Field(() => Float)
  @Column({ type: "double precision" })
  latitude!: number;

  @Field(() => Float)
  @Column({ type: "double precision" })
  longitude!: number;

  @Field(() => Int, { description: "Public workstations; the KEYSPOT standard is at least five." })
  @Column({ type: "integer" })
  workstations!: number;

  @Field(() => Int, { description: "Open-access hours a week; the KEYSPOT standard is at least fifteen." })
  @Column({ name: "weekly_open_hours", type: "integer" })
  weeklyOpenHours!: number;

  @Field(() => KeyspotHostKind)
  @Column({ name: "host_kind", type: "varchar", length: 30 })
  hostKind!: KeyspotHostKind;

  /** Set exactly when the host is a library branch; served as a `LibraryBranch` reference. */
  @Index()
  @Column({ name: "host_branch_code", type: "varchar", length: 20, nullable: true })
  hostBranchCode!: string | null;

  /** Set exactly when the host is a recreation centre; served as a `RecreationCenter` reference. */
  @Index()
  @Column({ name: "host_recreation_center_asset_id", type: "varchar", length: 20, nullable: true })
  hostRecreationCenterAssetId!: string | null;

  @Field(() => String, { nullable: true, description: "The hub-wide partner key of a non-profit host, e.g. `congreso`." })
  @Column({ name: "host_partner_slug", type: "varchar", length: 120, nullable: true })
  hostPartnerSlug!: string | null;
}
