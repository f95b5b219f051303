import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { OutcomeMetricKind, PartnerRole, SiteKind } from "./enums.js";
import { LocalDate } from "./scalars.js";

/**
 * Value types of the contract. Every department subgraph serves them with identical definitions,
 * hence `@shareable`. The partner and outcome rows live in each department's own database, in
 * tables created by the contract migration.
 */

@Directive("@shareable")
@ObjectType({ description: "A place where an initiative is delivered, in the same shape for every department." })
export class InitiativeSite {
  @Field(() => ID, { description: "Unique across the hub: `<department>:<kind>:<key>`." })
  id!: string;

  @Field()
  name!: string;

  @Field(() => SiteKind)
  kind!: SiteKind;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => Int, { nullable: true, description: "Public computers at the site, where it offers them." })
  workstations!: number | null;

  @Field(() => Float, { nullable: true, description: "Hours a week the site is open for public computer use." })
  weeklyOpenHours!: number | null;
}

@Directive("@shareable")
@ObjectType({ description: "An organisation working on an initiative, and its role there." })
@Entity("initiative_partner")
@Index(["initiativeId", "partnerSlug"], { unique: true })
export class InitiativePartner {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field({ description: "The partner's hub-wide key, e.g. `seamaac`." })
  @Column({ name: "partner_slug", type: "varchar", length: 120 })
  partnerSlug!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => PartnerRole)
  @Column({ type: "varchar", length: 20 })
  role!: PartnerRole;
}

@Directive("@shareable")
@ObjectType({ description: "A measured result of an initiative over a period." })
@Entity("initiative_outcome")
export class OutcomeMetric {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field(() => OutcomeMetricKind)
  @Column({ type: "varchar", length: 40 })
  metric!: OutcomeMetricKind;

  @Field(() => Int)
  @Column({ type: "integer" })
  value!: number;

  @Field(() => LocalDate)
  @Column({ name: "period_start", type: "date" })
  periodStart!: string;

  @Field(() => LocalDate)
  @Column({ name: "period_end", type: "date" })
  periodEnd!: string;
}
