import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Money Commerce awards a partner to deliver part of an initiative in one fiscal year. */
@ObjectType({ description: "A Commerce workforce grant to a partner organisation." })
@Entity("workforce_grant")
@Index(["initiativeId", "granteeSlug", "fiscalYear"], { unique: true })
export class WorkforceGrant {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field({ description: "The grantee's hub-wide partner key, e.g. `welcoming-center`." })
  @Column({ name: "grantee_slug", type: "varchar", length: 120 })
  granteeSlug!: string;

  @Field()
  @Column({ name: "grantee_name", type: "varchar", length: 200 })
  granteeName!: string;

  @Field(() => Int, { description: "Whole US dollars." })
  @Column({ name: "amount_usd", type: "integer" })
  amountUsd!: number;

  @Field({ description: "The City fiscal year, July to June, e.g. `FY2024`." })
  @Column({ name: "fiscal_year", type: "varchar", length: 6 })
  fiscalYear!: string;

  @Field()
  @Column({ type: "text" })
  purpose!: string;
}
