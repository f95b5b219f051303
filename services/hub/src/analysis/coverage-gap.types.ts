import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

export enum NeedBasis {
  HOUSEHOLDS_WITHOUT_BROADBAND = "HOUSEHOLDS_WITHOUT_BROADBAND",
  POPULATION = "POPULATION",
}
registerEnumType(NeedBasis, {
  name: "NeedBasis",
  description: "What a coverage gap's need was measured by.",
  valuesConfig: {
    HOUSEHOLDS_WITHOUT_BROADBAND: { description: "Households without a broadband subscription, estimated from the tracts' indicators." },
    POPULATION: { description: "None of the neighborhood's tracts has a broadband indicator, so its population stands in." },
  },
});

@ObjectType({ description: "A neighborhood's need for digital-literacy help set against what is there, with the reasons in plain words." })
export class CoverageGap {
  /** Resolved to the Neighborhood through the geography loader, batched for the whole answer. */
  neighborhoodId!: string;

  @Field(() => NeedBasis)
  needBasis!: NeedBasis;

  @Field(() => Int, {
    nullable: true,
    description: "Estimated households without a broadband subscription: the sum over the tracts of households × (1 − subscription share), rounded. Null when no tract has the indicator.",
  })
  needHouseholds!: number | null;

  @Field(() => Float, { nullable: true, description: "Household-weighted share (0..1) of households with a broadband subscription over the tracts that report it." })
  subscriptionShare!: number | null;

  @Field(() => Int, { nullable: true, description: "Residents of the neighborhood's tracts, where reported." })
  population!: number | null;

  @Field({ description: "True when any indicator used is an invented demo value rather than a measurement." })
  indicatorIsDemo!: boolean;

  @Field(() => Int, { description: "Open public places of any department in the neighborhood, whether or not an initiative uses them." })
  sites!: number;

  @Field(() => Int, { description: "Open KEYSPOT sites in the neighborhood." })
  keyspotSites!: number;

  @Field(() => Int, { description: "Open KEYSPOT sites whose source states their workstations; the others add nothing to `workstations` or `weeklyOpenHours`." })
  keyspotSitesWithFigures!: number;

  @Field(() => Int, { description: "Public computers at the neighborhood's KEYSPOT sites, where stated." })
  workstations!: number;

  @Field(() => Float, { description: "Weekly public computer hours of the neighborhood's KEYSPOT sites added up." })
  weeklyOpenHours!: number;

  @Field(() => Int, { description: "ACTIVE initiatives with a site in the neighborhood serving any of the chosen audiences (any audience when none is chosen)." })
  initiativesForAudiences!: number;

  @Field(() => Float, { description: "need / (1 + weighted supply); see `coverageGaps`." })
  score!: number;

  @Field(() => [String], { description: 'Why the neighborhood ranks where it does, e.g. "no KEYSPOT site".' })
  reasons!: string[];
}
