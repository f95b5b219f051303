import { Language, LocalDate } from "@dlhub/schema";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * Digital Navigators: trusted helpers residents reach by phone (often through United Way's 2-1-1)
 * for tech support, help getting connected, and enrolment in discount internet plans.
 */
@ObjectType({ description: "A Digital Navigator program run by a provider partner." })
@Entity("digital_navigator_program")
export class DigitalNavigatorProgram {
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

  @Field({ description: "The provider's hub-wide partner key, e.g. `seamaac`." })
  @Column({ name: "provider_partner_slug", type: "varchar", length: 120 })
  providerPartnerSlug!: string;

  @Field()
  @Column({ name: "provider_name", type: "varchar", length: 200 })
  providerName!: string;

  @Field(() => String, { nullable: true, description: 'How residents call in, e.g. "2-1-1"; null when by referral only.' })
  @Column({ name: "phone_line", type: "varchar", length: 40, nullable: true })
  phoneLine!: string | null;

  @Field(() => [Language], { description: "Languages the navigators help residents in." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  languages!: Language[];

  @Field(() => LocalDate)
  @Column({ name: "started_on", type: "date" })
  startedOn!: string;
}
