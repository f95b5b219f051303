import { CoverageGapResolver } from "./coverage-gap.resolver.js";
import { NeighborhoodRollupResolver } from "./neighborhood-rollup.resolver.js";
import { DepartmentCountDepartmentResolver, NeighborhoodSiteDepartmentResolver } from "./neighborhood-rollup.types.js";
import { OutcomeTotalResolver } from "./outcome-total.resolver.js";
import { OverlapResolver } from "./overlap.resolver.js";

/**
 * The coordinator's analytical questions over the catalog and the geography: neighborhood
 * roll-ups, coverage gaps, cross-department overlaps and outcome totals. Every query costs a
 * fixed number of statements however many rows it answers with.
 */
export const analysis = {
  resolvers: [NeighborhoodRollupResolver, CoverageGapResolver, OverlapResolver, OutcomeTotalResolver, DepartmentCountDepartmentResolver, NeighborhoodSiteDepartmentResolver],
};
