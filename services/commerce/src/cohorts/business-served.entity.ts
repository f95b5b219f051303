import { Language } from "@dlhub/schema";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Broad industry groups, coarse enough that a listed business cannot be singled out by them. */
export enum CommerceIndustryCategory {
  FOOD_SERVICE = "FOOD_SERVICE",
  GROCERY = "GROCERY",
  RETAIL = "RETAIL",
  PERSONAL_CARE = "PERSONAL_CARE",
  PROFESSIONAL_SERVICES = "PROFESSIONAL_SERVICES",
  REPAIR_SERVICES = "REPAIR_SERVICES",
  ARTS_AND_CULTURE = "ARTS_AND_CULTURE",
  CHILD_CARE = "CHILD_CARE",
}
registerEnumType(CommerceIndustryCategory, { name: "CommerceIndustryCategory" });

/** A small business that took part in a cohort and agreed to be listed. */
@ObjectType({ description: "A small business served by a Commerce digital-skills cohort." })
@Entity("business_served")
@Index(["cohortId", "businessName"], { unique: true })
export class BusinessServed {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ name: "cohort_id", type: "uuid" })
  cohortId!: string;

  @Field()
  @Column({ name: "business_name", type: "varchar", length: 200 })
  businessName!: string;

  /** Where the business trades; null when it is not on a corridor the department tracks. */
  @Column({ name: "corridor_id", type: "varchar", length: 80, nullable: true })
  corridorId!: string | null;

  @Field(() => CommerceIndustryCategory)
  @Column({ type: "varchar", length: 40 })
  industry!: CommerceIndustryCategory;

  @Field(() => Language, { description: "The language the owner prefers to be coached in." })
  @Column({ name: "owner_language", type: "varchar", length: 2 })
  ownerLanguage!: Language;

  @Field({ description: "Whether the business finished the cohort." })
  @Column({ type: "boolean", default: false })
  completed!: boolean;
}
