import { OUTSIDE } from "@dlhub/subgraph-kit/testing";
import { type DepartmentsAnswer, type OracleInitiative } from "./departments";

/**
 * The coordinator's analysis questions answered from the departments' own rows and the raw files
 * (./departments.ts), each by the rule the hub's description of the question states, written
 * again here rather than imported: services/hub/src/analysis holds the product's version.
 */

/** Text in PostgreSQL's "C" collation order, the order the test databases sort names in. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const visible = (initiative: OracleInitiative, includeDemo: boolean) => includeDemo || !initiative.isDemo;

/** The neighborhoods an initiative has a site in, each once. */
const neighborhoodsOf = (initiative: OracleInitiative) => [...new Set(initiative.sites.map((s) => s.neighborhood).filter((n) => n !== OUTSIDE))];

export interface OracleOverlap {
  first: string;
  second: string;
  neighborhood: string;
  sharedAudiences: string[];
  from: string;
  to: string | null;
}

/**
 * overlap.resolver.ts: pairs of initiatives of different departments, each with a site in the
 * same neighborhood, sharing an audience (the asked one, when asked) and running at the same
 * time: the shared period starts at the later start and ends at the earlier end that exists
 * (open-ended when neither has one), and must not end before it starts; it must reach `from` and
 * start by `to`. A pair once per neighborhood, smaller id first; by neighborhood name, then the
 * start of the shared period, then the ids.
 */
export function overlapsOf(
  departments: DepartmentsAnswer,
  question: { audience: string | null; from: string | null; to: string | null; includeDemo: boolean },
): OracleOverlap[] {
  const initiatives = departments.initiatives.filter((i) => visible(i, question.includeDemo));
  const answer: OracleOverlap[] = [];
  for (const a of initiatives) {
    for (const b of initiatives) {
      if (!(a.id < b.id) || a.department === b.department) continue;
      const sharedAudiences = a.audiences.filter((x) => b.audiences.includes(x)).sort(byText);
      if (sharedAudiences.length === 0) continue;
      if (question.audience && !sharedAudiences.includes(question.audience)) continue;
      const from = a.startDate > b.startDate ? a.startDate : b.startDate;
      const ends = [a.endDate, b.endDate].filter((d): d is string => d !== null).sort(byText);
      const to = ends[0] ?? null;
      if (to !== null && from > to) continue;
      if (question.from && to !== null && to < question.from) continue;
      if (question.to && from > question.to) continue;
      const together = neighborhoodsOf(a).filter((n) => neighborhoodsOf(b).includes(n));
      for (const neighborhood of together) answer.push({ first: a.id, second: b.id, neighborhood, sharedAudiences, from, to });
    }
  }
  return answer.sort((x, y) => byText(x.neighborhood, y.neighborhood) || byText(x.from, y.from) || byText(x.first, y.first) || byText(x.second, y.second));
}

export interface OracleOutcomeTotal {
  key: string;
  value: number;
  initiatives: number;
}

/** outcomes(groupBy: DEPARTMENT): the metric's values added up per department, largest first, then by key. */
export function outcomesByDepartment(departments: DepartmentsAnswer, metric: string, includeDemo: boolean): OracleOutcomeTotal[] {
  const totals = new Map<string, { value: number; initiatives: Set<string> }>();
  for (const initiative of departments.initiatives.filter((i) => visible(i, includeDemo))) {
    for (const outcome of initiative.outcomes.filter((o) => o.metric === metric)) {
      // The deprecated grouping keys a department by its enum value, or by its id when the list has none.
      const key = initiative.department ?? initiative.source;
      const total = totals.get(key) ?? { value: 0, initiatives: new Set<string>() };
      total.value += outcome.value;
      total.initiatives.add(initiative.id);
      totals.set(key, total);
    }
  }
  return [...totals]
    .map(([key, t]) => ({ key, value: t.value, initiatives: t.initiatives.size }))
    .sort((a, b) => b.value - a.value || byText(a.key, b.key));
}

export interface TractFigures {
  /** The neighborhood the tract's point lies in, by the oracle (or OUTSIDE). */
  neighborhood: string;
  households: number;
  population: number;
  share: number;
}

export interface NeighborhoodNeed {
  /** Σ households × (1 − share), null when no tract measures it. */
  needHouseholds: number | null;
  /** Household-weighted share, null when no tract measures it. */
  share: number | null;
  population: number | null;
}

/** geography/loaders.ts and coverage-gap.query.ts: a tract counts when it knows its households (> 0) and its share. */
export function needOf(neighborhood: string, tracts: TractFigures[]): NeighborhoodNeed {
  const own = tracts.filter((t) => t.neighborhood === neighborhood);
  const measured = own.filter((t) => t.households > 0);
  const households = measured.reduce((sum, t) => sum + t.households, 0);
  return {
    needHouseholds: measured.length === 0 ? null : measured.reduce((sum, t) => sum + t.households * (1 - t.share), 0),
    share: households === 0 ? null : measured.reduce((sum, t) => sum + t.households * t.share, 0) / households,
    population: own.length === 0 ? null : own.reduce((sum, t) => sum + t.population, 0),
  };
}

export interface OracleGap {
  neighborhood: string;
  needHouseholds: number | null;
  sites: number;
  keyspotSites: number;
  workstations: number;
  weeklyOpenHours: number;
  initiativesForAudiences: number;
  score: number;
}

/**
 * The supply weights coverageGaps states: a site 1, a KEYSPOT workstation 0.1, a KEYSPOT weekly
 * open hour 0.025, an initiative 1. Written here again so a change to the product's rule shows.
 */
const WEIGHTS = { site: 1, workstation: 0.1, hour: 0.025, initiative: 1 };

/**
 * coverageGaps: need from the tracts; supply from every open place (by its own location, demo as
 * asked) and the ACTIVE initiatives serving any of the audiences with a site there; score =
 * need / (1 + weighted supply), the population standing in for an unmeasured need, ranked after
 * every measured one; then by score, largest first, then by name.
 */
export function coverageGapsOf(
  departments: DepartmentsAnswer,
  neighborhoods: string[],
  tracts: TractFigures[],
  question: { audiences: string[]; includeDemo: boolean },
): OracleGap[] {
  const gaps = neighborhoods.map((neighborhood): OracleGap & { measured: boolean } => {
    const need = needOf(neighborhood, tracts);
    const places = departments.places.filter((p) => p.neighborhood === neighborhood && p.status === "OPEN" && (question.includeDemo || !p.isDemo));
    const keyspots = places.filter((p) => p.kind === "KEYSPOT");
    const serving = departments.initiatives.filter(
      (i) =>
        visible(i, question.includeDemo) &&
        i.status === "ACTIVE" &&
        (question.audiences.length === 0 || i.audiences.some((a) => question.audiences.includes(a))) &&
        i.sites.some((s) => s.neighborhood === neighborhood),
    );
    const supply = {
      sites: places.length,
      keyspotSites: keyspots.length,
      workstations: keyspots.reduce((sum, p) => sum + (p.workstations ?? 0), 0),
      weeklyOpenHours: keyspots.reduce((sum, p) => sum + (p.weeklyOpenHours ?? 0), 0),
      initiativesForAudiences: serving.length,
    };
    const weighted =
      WEIGHTS.site * supply.sites + WEIGHTS.workstation * supply.workstations + WEIGHTS.hour * supply.weeklyOpenHours + WEIGHTS.initiative * supply.initiativesForAudiences;
    const score = (need.needHouseholds ?? need.population ?? 0) / (1 + weighted);
    return { neighborhood, needHouseholds: need.needHouseholds === null ? null : Math.round(need.needHouseholds), ...supply, score, measured: need.needHouseholds !== null };
  });
  return gaps
    .sort((a, b) => Number(b.measured) - Number(a.measured) || b.score - a.score || byText(a.neighborhood, b.neighborhood))
    .map(({ measured: _measured, ...gap }) => gap);
}
