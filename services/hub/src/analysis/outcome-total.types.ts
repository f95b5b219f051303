import { DEPARTMENT_ENUM_DEPRECATION } from "@dlhub/schema";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

export enum OutcomeGrouping {
  DEPARTMENT_ID = "DEPARTMENT_ID",
  DEPARTMENT = "DEPARTMENT",
  QUARTER = "QUARTER",
  NEIGHBORHOOD = "NEIGHBORHOOD",
  AUDIENCE = "AUDIENCE",
}
registerEnumType(OutcomeGrouping, {
  name: "OutcomeGrouping",
  description: "How `outcomes` adds up an outcome metric.",
  valuesConfig: {
    DEPARTMENT_ID: { description: 'Per department; key its registered id, e.g. "libraries", label its registered name.' },
    DEPARTMENT: {
      description: 'Per department; key its value of the closed Department list, e.g. "LIBRARIES" (a department registered since: its id), label its registered name.',
      deprecationReason: DEPARTMENT_ENUM_DEPRECATION,
    },
    QUARTER: { description: 'Per calendar quarter of the period start; key e.g. "2024-Q1", in time order.' },
    NEIGHBORHOOD: {
      description:
        "Per neighborhood; key the neighborhood id. Outcomes are reported per initiative, not per site, so an initiative's outcome counts in full toward every neighborhood it has a site in, and the groups add up to more than the city total. Initiatives with no site placed in a neighborhood appear in no group.",
    },
    AUDIENCE: {
      description:
        'Per audience; key the Audience value, e.g. "SENIORS". An initiative\'s outcome counts in full toward each audience it serves, so the groups add up to more than the city total.',
    },
  },
});

@ObjectType({ description: "One group of an outcome metric's total." })
export class OutcomeTotal {
  @Field({ description: "The group's stable key (see OutcomeGrouping)." })
  key!: string;

  @Field({ description: 'The group in words, e.g. "Free Library of Philadelphia", "Q1 2024", "Germantown, East", "Seniors".' })
  label!: string;

  @Field(() => Int, { description: "The metric's values added up." })
  value!: number;

  @Field(() => Int, { description: "Distinct initiatives contributing to the value." })
  initiatives!: number;
}
