import { Audience, LocalDate } from "@dlhub/schema";
import { type SubgraphContext, badUserInput } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { INCLUDE_DEMO_DESCRIPTION, demoIncluded } from "../catalog/demo-rule.js";
import { Initiative } from "../catalog/initiative.entity.js";
import { initiativeById } from "../catalog/loaders.js";
import { neighborhoodById } from "../geography/loaders.js";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { checkLimit } from "./limit.js";
import { queryOverlaps } from "./overlap.query.js";
import { Overlap } from "./overlap.types.js";
import { required } from "./required.js";

const MAX_OVERLAPS = 100;

const DESCRIPTION = `Pairs of initiatives of different departments that each have a site in the same neighborhood, share at least one audience, and run at the same time (a missing end date is open-ended). Initiatives of any status count; their dates decide. A pair with sites together in two neighborhoods appears once per neighborhood. Ordered by neighborhood name, then the start of the shared period. At most ${MAX_OVERLAPS}.`;

@Resolver(() => Overlap)
export class OverlapResolver {
  @Query(() => [Overlap], { description: DESCRIPTION })
  async overlaps(
    @Ctx() context: SubgraphContext,
    @Arg("audience", () => Audience, { nullable: true, description: "Only pairs that both serve this audience." }) audience?: Audience | null,
    @Arg("neighborhoodId", () => ID, { nullable: true }) neighborhoodId?: string | null,
    @Arg("from", () => LocalDate, { nullable: true, description: "Only pairs whose shared period reaches this day or later." }) from?: string | null,
    @Arg("to", () => LocalDate, { nullable: true, description: "Only pairs whose shared period starts on or before this day." }) to?: string | null,
    @Arg("limit", () => Int, { defaultValue: 50, description: `At most ${MAX_OVERLAPS}.` }) limit = 50,
    @Arg("includeDemo", () => Boolean, { nullable: true, description: INCLUDE_DEMO_DESCRIPTION }) includeDemo?: boolean | null,
  ): Promise<Overlap[]> {
    checkLimit(limit, MAX_OVERLAPS);
    if (from && to && from > to) throw badUserInput("`from` must not be after `to`", "from");
    const rows = await queryOverlaps(context.dataSource, {
      includeDemo: await demoIncluded(context, includeDemo),
      audience: audience ?? null,
      neighborhoodId: neighborhoodId ?? null,
      from: from ?? null,
      to: to ?? null,
      limit,
    });
    return rows.map((row) => ({
      firstId: row.first_id,
      secondId: row.second_id,
      neighborhoodId: row.neighborhood_id,
      sharedAudiences: row.shared_audiences,
      from: row.from,
      to: row.to,
    }));
  }

  @FieldResolver(() => Initiative, { description: "The initiative of the pair with the smaller id." })
  first(@Root() overlap: Overlap, @Ctx() context: SubgraphContext): Promise<Initiative> {
    return required(initiativeById(context).load(overlap.firstId), "initiative", overlap.firstId);
  }

  @FieldResolver(() => Initiative)
  second(@Root() overlap: Overlap, @Ctx() context: SubgraphContext): Promise<Initiative> {
    return required(initiativeById(context).load(overlap.secondId), "initiative", overlap.secondId);
  }

  @FieldResolver(() => Neighborhood)
  neighborhood(@Root() overlap: Overlap, @Ctx() context: SubgraphContext): Promise<Neighborhood> {
    return required(neighborhoodById(context).load(overlap.neighborhoodId), "neighborhood", overlap.neighborhoodId);
  }
}

