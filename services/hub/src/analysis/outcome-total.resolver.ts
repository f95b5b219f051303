import { OutcomeMetricKind } from "@dlhub/schema";
import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { demoIncluded } from "../catalog/demo-rule.js";
import { InitiativeFilter } from "../catalog/initiative-filter.input.js";
import { queryOutcomeTotals } from "./outcome-total.query.js";
import { OutcomeGrouping, OutcomeTotal } from "./outcome-total.types.js";

@Resolver(() => OutcomeTotal)
export class OutcomeTotalResolver {
  @Query(() => [OutcomeTotal], {
    description:
      "One outcome metric added up over the initiatives matching `filter`, per department, quarter, neighborhood or audience (see OutcomeGrouping for how each counts). The filter's `from` and `to` also limit the outcome periods counted to those starting between them; `filter.includeDemo` decides whether demo initiatives' outcomes count (see InitiativeFilter).",
  })
  async outcomes(
    @Ctx() context: SubgraphContext,
    @Arg("groupBy", () => OutcomeGrouping) groupBy: OutcomeGrouping,
    @Arg("metric", () => OutcomeMetricKind) metric: OutcomeMetricKind,
    @Arg("filter", () => InitiativeFilter, { nullable: true }) filter?: InitiativeFilter | null,
  ): Promise<OutcomeTotal[]> {
    return queryOutcomeTotals(context.dataSource, groupBy, metric, filter ?? {}, await demoIncluded(context, filter?.includeDemo));
  }
}
