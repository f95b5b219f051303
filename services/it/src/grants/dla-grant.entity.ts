import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** One Digital Literacy Alliance award to one grantee in one round. */
@ObjectType({ description: "A Digital Literacy Alliance grant to a community organisation." })
@Entity("dla_grant")
@Index(["roundId", "granteePartnerSlug"], { unique: true })
export class DlaGrant {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "round_id", type: "uuid" })
  roundId!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field({ description: "The grantee's hub-wide partner key, e.g. `congreso`." })
  @Column({ name: "grantee_partner_slug", type: "varchar", length: 120 })
  granteePartnerSlug!: string;

  @Field()
  @Column({ name: "grantee_name", type: "varchar", length: 200 })
  granteeName!: string;

  @Field(() => Int, { nullable: true, description: "The award in whole US dollars; null when not published." })
  @Column({ name: "amount_usd", type: "integer", nullable: true })
  amountUsd!: number | null;

  @Field()
  @Column({ type: "varchar", length: 200 })
  focus!: string;

  @Field()
  @Column({ name: "project_summary", type: "text" })
  projectSummary!: string;

  @Field(() => String, { nullable: true, description: "The public announcement the award is recorded from." })
  @Column({ name: "source_url", type: "varchar", length: 500, nullable: true })
  sourceUrl!: string | null;

  @Field({ description: "True for DL Hub's demo data; importing the grants file retires the demo grants." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo!: boolean;
}
