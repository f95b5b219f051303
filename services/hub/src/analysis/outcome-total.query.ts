import { type Audience, type OutcomeMetricKind, legacyDepartmentOf } from "@dlhub/schema";
import { type DataSource } from "typeorm";
import { type InitiativeFilter } from "../catalog/initiative-filter.input.js";
import { initiativeConditions } from "../catalog/initiative-query.js";
import { OutcomeGrouping, type OutcomeTotal } from "./outcome-total.types.js";
import { audienceLabel } from "./words.js";

interface GroupingSql {
  /** Joins onto `counted` (one row per outcome period) that give the group its rows. */
  join: string;
  key: string;
  label: string;
  order: string;
  /** The group as answered, where SQL knows its key or label only as a code. */
  present?: (total: OutcomeTotal) => OutcomeTotal;
}

/** Per department, labelled with the name the registry gives it (its id while it gives none). */
const byDepartment = {
  join: "LEFT JOIN registered_department rd ON rd.id = counted.department_id",
  key: "counted.department_id",
  label: "coalesce(rd.name, counted.department_id)",
  order: "value DESC, key",
};

const GROUPINGS: Record<OutcomeGrouping, GroupingSql> = {
  [OutcomeGrouping.DEPARTMENT_ID]: byDepartment,
  // Deprecated: keyed by the closed enum's value as before; a department it never listed by its id.
  [OutcomeGrouping.DEPARTMENT]: { ...byDepartment, present: (total) => ({ ...total, key: legacyDepartmentOf(total.key) ?? total.key }) },
  [OutcomeGrouping.QUARTER]: {
    join: "",
    key: `to_char(counted.period_start, 'YYYY-"Q"Q')`,
    label: `to_char(counted.period_start, '"Q"Q YYYY')`,
    order: "key",
  },
  [OutcomeGrouping.NEIGHBORHOOD]: {
    join: `JOIN (SELECT DISTINCT initiative_id, neighborhood_id FROM catalog_site WHERE neighborhood_id IS NOT NULL) placed
             ON placed.initiative_id = counted.initiative_id
           LEFT JOIN neighborhood n ON n.id = placed.neighborhood_id`,
    key: "placed.neighborhood_id",
    label: "coalesce(n.name, placed.neighborhood_id)",
    order: "value DESC, label, key",
  },
  [OutcomeGrouping.AUDIENCE]: {
    join: "CROSS JOIN LATERAL unnest(counted.audiences) AS served(audience)",
    key: "served.audience",
    label: "served.audience",
    order: "value DESC, key",
    present: (total) => ({ ...total, label: audienceLabel(total.key as Audience) }),
  },
};

/**
 * One statement per grouping: the lead's filter picks the initiatives, then their outcome rows of
 * the metric are grouped. The filter's `from`/`to` also bound which outcome periods count (by
 * their start day), so "people trained from April" means trained in periods from April on.
 */
export async function queryOutcomeTotals(
  db: DataSource,
  groupBy: OutcomeGrouping,
  metric: OutcomeMetricKind,
  filter: InitiativeFilter = {},
  includeDemo = true,
): Promise<OutcomeTotal[]> {
  const { where, params } = initiativeConditions(filter, includeDemo);
  const n = params.length;
  const grouping = GROUPINGS[groupBy];
  const rows = await db.query<OutcomeTotal[]>(
    `WITH counted AS (
       SELECT o.initiative_id, o.value, o.period_start, i.department_id, i.audiences
         FROM catalog_outcome o
         JOIN catalog_initiative i ON i.id = o.initiative_id
        WHERE ${where}
          AND o.metric = $${n + 1}
          AND ($${n + 2}::date IS NULL OR o.period_start >= $${n + 2}::date)
          AND ($${n + 3}::date IS NULL OR o.period_start <= $${n + 3}::date)
     )
     SELECT ${grouping.key} AS key, ${grouping.label} AS label,
            sum(counted.value)::int AS value, count(DISTINCT counted.initiative_id)::int AS initiatives
       FROM counted ${grouping.join}
      GROUP BY 1, 2
      ORDER BY ${grouping.order}`,
    [...params, metric, filter.from ?? null, filter.to ?? null],
  );
  const { present } = grouping;
  return present ? rows.map(present) : rows;
}
