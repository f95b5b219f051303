import { type Audience } from "@dlhub/schema";
import { type CoverageGap, NeedBasis } from "./coverage-gap.types.js";
import { AUDIENCE_WORDS, countOf, formatNumber } from "./words.js";

export type GapFigures = Omit<CoverageGap, "reasons" | "neighborhoodId" | "score">;

/**
 * The neighborhood's need and supply in the coordinator's words, need first. Every figure that
 * went into the score is named, so the ranking can be checked by reading it; a demo indicator
 * says so, because a demo figure must never pass for a measurement.
 */
export function coverageReasons(gap: GapFigures, audiences: Audience[]): string[] {
  return [needReason(gap), ...supplyReasons(gap), initiativeReason(gap.initiativesForAudiences, audiences)];
}

function needReason(gap: GapFigures): string {
  const demo = gap.indicatorIsDemo ? " (demo indicator)" : "";
  if (gap.needBasis === NeedBasis.HOUSEHOLDS_WITHOUT_BROADBAND && gap.subscriptionShare !== null) {
    return `${percentWithout(gap.subscriptionShare)}% of households without a broadband subscription${demo}`;
  }
  if (gap.population !== null) {
    return `no broadband indicator for its tracts: ranked by its population of ${formatNumber(gap.population)}${demo}`;
  }
  return "no census figures for its tracts";
}

/** Whole percent; the toFixed step keeps a share of 0.675 from printing 32% through 32.4999…. */
function percentWithout(share: number): number {
  return Math.round(Number(((1 - share) * 100).toFixed(6)));
}

function supplyReasons(gap: GapFigures): string[] {
  const places = gap.sites === 0 ? "no open public place" : `${countOf(gap.sites, "open public place")}`;
  return [places, keyspotReason(gap)];
}

/** A figure no source states is said to be unknown, never printed as 0. */
function keyspotReason(gap: GapFigures): string {
  if (gap.keyspotSites === 0) return "no KEYSPOT site";
  const sites = countOf(gap.keyspotSites, "KEYSPOT site");
  if (gap.keyspotSitesWithFigures === 0) return `${sites} (workstations and hours not stated)`;
  const figures = `${countOf(gap.workstations, "workstation")} open ${formatNumber(gap.weeklyOpenHours)} hours a week`;
  if (gap.keyspotSitesWithFigures === gap.keyspotSites) return `${sites} with ${figures}`;
  return `${sites}; the ${gap.keyspotSitesWithFigures} that state figures have ${figures}`;
}

function initiativeReason(count: number, audiences: Audience[]): string {
  const forWhom = audiences.length ? ` for ${audiences.map((a) => AUDIENCE_WORDS[a]).join(" or ")}` : "";
  if (count === 0) return `no active initiative${forWhom}`;
  if (count === 1) return `only 1 active initiative${forWhom}`;
  return `${count} active initiatives${forWhom}`;
}
