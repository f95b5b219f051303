import { Audience, DEPARTMENT_ENUM_DEPRECATION, Department, InitiativeKind, InitiativeStatus, Language, LocalDate, Pillar } from "@dlhub/schema";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { INCLUDE_DEMO_DESCRIPTION } from "./demo-rule.js";

export enum InitiativeOrder {
  TITLE = "TITLE",
  START_DATE = "START_DATE",
  RECENTLY_CHANGED = "RECENTLY_CHANGED",
}
registerEnumType(InitiativeOrder, { name: "InitiativeOrder" });

/** Every condition given must hold; a list matches when the initiative has any of its values. */
@InputType({ description: "The coordinator's filters over all departments' initiatives." })
export class InitiativeFilter {
  @Field(() => [ID], { nullable: true, description: "Of these departments, by registered id, e.g. [\"libraries\", \"arts-culture\"]." })
  departmentIds?: string[];

  @Field(() => [Department], { nullable: true, deprecationReason: DEPARTMENT_ENUM_DEPRECATION, description: "Of these departments of the closed list; not with `departmentIds`." })
  departments?: Department[];

  @Field(() => [Audience], { nullable: true })
  audiences?: Audience[];

  @Field(() => [Language], { nullable: true })
  languages?: Language[];

  @Field(() => [Pillar], { nullable: true })
  pillars?: Pillar[];

  @Field(() => [InitiativeKind], { nullable: true })
  kinds?: InitiativeKind[];

  @Field(() => [InitiativeStatus], { nullable: true })
  statuses?: InitiativeStatus[];

  @Field(() => ID, { nullable: true, description: "Delivered at a site in this neighborhood." })
  neighborhoodId?: string;

  @Field(() => ID, { nullable: true, description: "Delivered at a site in this planning district." })
  planningDistrictId?: string;

  @Field(() => LocalDate, { nullable: true, description: "Running on this day: started, and not yet ended." })
  activeOn?: string;

  @Field(() => LocalDate, { nullable: true, description: "Running at some time on or after this day." })
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: "Running at some time on or before this day." })
  to?: string;

  @Field(() => String, { nullable: true, description: "Works with this partner (its hub-wide slug)." })
  partnerSlug?: string;

  @Field(() => String, { nullable: true, description: "Funded by this partner (its slug), i.e. it is a FUNDER there." })
  funderSlug?: string;

  @Field(() => Boolean, { nullable: true, description: "true: has at least one funder; false: has none." })
  funded?: boolean;

  @Field(() => String, { nullable: true, description: "Words to find in the title or summary." })
  search?: string;

  @Field(() => Boolean, { nullable: true, description: INCLUDE_DEMO_DESCRIPTION })
  includeDemo?: boolean;
}
