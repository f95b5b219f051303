import { Audience } from "@dlhub/schema";
import { type SubgraphContext, badUserInput } from "@dlhub/subgraph-kit";
import { INCLUDE_DEMO_DESCRIPTION, demoIncluded } from "../catalog/demo-rule.js";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { neighborhoodById } from "../geography/loaders.js";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { type CoverageGapRow, SUPPLY_WEIGHTS, queryCoverageGaps } from "./coverage-gap.query.js";
import { type GapFigures, coverageReasons } from "./coverage-gap.reasons.js";
import { CoverageGap, NeedBasis } from "./coverage-gap.types.js";
import { checkLimit } from "./limit.js";
import { required } from "./required.js";

const MAX_GAPS = 100;

const W = SUPPLY_WEIGHTS;
const DESCRIPTION = `Neighborhoods ranked by need against supply, greatest gap first.
Need: households without a broadband subscription, estimated from the neighborhood's census tracts as Σ households × (1 − broadband subscription share) over the tracts that report both. Neighborhoods none of whose tracts reports the indicator use their population as need (needBasis POPULATION) and rank after every neighborhood with a measured need.
Supply, from the place catalog (every OPEN public place of any department, placed by its own coordinates, whether or not an initiative uses it): weighted supply = ${W.site} × places + ${W.keyspotWorkstation} × KEYSPOT workstations + ${W.keyspotWeeklyOpenHour} × KEYSPOT weekly open hours + ${W.initiative} × ACTIVE initiatives with a site there serving any of \`audiences\` (any audience when none is given).
score = need / (1 + weighted supply). At most ${MAX_GAPS} a page; \`offset\` pages on, so every neighborhood can be listed. Demo data counts as \`includeDemo\` says (see PlaceFilter).`;

@Resolver(() => CoverageGap)
export class CoverageGapResolver {
  @Query(() => [CoverageGap], { description: DESCRIPTION })
  async coverageGaps(
    @Ctx() context: SubgraphContext,
    @Arg("audiences", () => [Audience], { nullable: true }) audiences?: Audience[] | null,
    @Arg("limit", () => Int, { defaultValue: 20, description: `At most ${MAX_GAPS}.` }) limit = 20,
    @Arg("planningDistrictId", () => ID, { nullable: true, description: "Only the neighborhoods of this planning district." })
    planningDistrictId?: string | null,
    @Arg("offset", () => Int, { defaultValue: 0, description: "How many of the ranking to skip: `offset: 100` is the second page of 100." }) offset = 0,
    @Arg("includeDemo", () => Boolean, { nullable: true, description: INCLUDE_DEMO_DESCRIPTION }) includeDemo?: boolean | null,
  ): Promise<CoverageGap[]> {
    checkLimit(limit, MAX_GAPS);
    if (!Number.isInteger(offset) || offset < 0) throw badUserInput("`offset` must be 0 or more", "offset");
    const chosen = [...new Set(audiences ?? [])];
    const rows = await queryCoverageGaps(context.dataSource, {
      audiences: chosen,
      planningDistrictId: planningDistrictId ?? null,
      limit,
      offset,
      includeDemo: await demoIncluded(context, includeDemo),
    });
    return rows.map((row) => {
      const figures = gapFigures(row);
      return { ...figures, neighborhoodId: row.id, score: row.score, reasons: coverageReasons(figures, chosen) };
    });
  }

  @FieldResolver(() => Neighborhood)
  neighborhood(@Root() gap: CoverageGap, @Ctx() context: SubgraphContext): Promise<Neighborhood> {
    return required(neighborhoodById(context).load(gap.neighborhoodId), "neighborhood", gap.neighborhoodId);
  }
}

function gapFigures(row: CoverageGapRow): GapFigures {
  const measured = row.need_households !== null;
  return {
    needBasis: measured ? NeedBasis.HOUSEHOLDS_WITHOUT_BROADBAND : NeedBasis.POPULATION,
    needHouseholds: row.need_households === null ? null : Math.round(row.need_households),
    subscriptionShare: row.share,
    population: row.population,
    indicatorIsDemo: measured ? row.share_is_demo : row.population_is_demo,
    sites: row.sites,
    keyspotSites: row.keyspot_sites,
    keyspotSitesWithFigures: row.keyspot_sites_with_figures,
    workstations: row.workstations,
    weeklyOpenHours: row.weekly_open_hours,
    initiativesForAudiences: row.initiatives,
  };
}
