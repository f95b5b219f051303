import { Role } from "@dlhub/schema";
import { Authorized, Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum PartnerKind {
  COMMUNITY_ORGANIZATION = "COMMUNITY_ORGANIZATION",
  UNIVERSITY = "UNIVERSITY",
  COMPANY = "COMPANY",
  FOUNDATION = "FOUNDATION",
  GOVERNMENT = "GOVERNMENT",
  SCHOOL = "SCHOOL",
  MEDIA = "MEDIA",
}
registerEnumType(PartnerKind, { name: "PartnerKind" });

/** An organisation that works with several departments; departments refer to it by slug. */
@Directive('@key(fields: "slug")')
@ObjectType({ description: "A community organisation, university, company or funder working with the City." })
@Entity("partner")
export class Partner {
  @Field(() => ID, { description: "The hub-wide key departments use, e.g. `seamaac`." })
  @PrimaryColumn({ type: "varchar", length: 120 })
  slug!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => PartnerKind)
  @Column({ type: "varchar", length: 40 })
  kind!: PartnerKind;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  website!: string | null;

  // A person's name and address are not the City's to publish: the coordinator's only.
  @Authorized(Role.COORDINATOR)
  @Field(() => String, { nullable: true, description: "Who the coordinator talks to there (the coordinator only)." })
  @Column({ name: "contact_name", type: "varchar", length: 200, nullable: true })
  contactName!: string | null;

  @Authorized(Role.COORDINATOR)
  @Field(() => String, { nullable: true, description: "The coordinator only." })
  @Column({ name: "contact_email", type: "varchar", length: 200, nullable: true })
  contactEmail!: string | null;

  @Field({ description: "A member of the Digital Literacy Alliance." })
  @Column({ name: "dla_member", type: "boolean", default: false })
  dlaMember!: boolean;

  @Field({ description: "True for a partner record from DL Hub's demo data (the organisation is real; the record's details are not official)." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo!: boolean;
}
