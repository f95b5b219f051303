import { Audience } from "@dlhub/schema";
import { type GapFigures, coverageReasons } from "./coverage-gap.reasons.js";
import { NeedBasis } from "./coverage-gap.types.js";

const measured: GapFigures = {
  needBasis: NeedBasis.HOUSEHOLDS_WITHOUT_BROADBAND,
  needHouseholds: 1234,
  subscriptionShare: 0.675,
  population: 9000,
  indicatorIsDemo: false,
  sites: 1,
  keyspotSites: 2,
  keyspotSitesWithFigures: 2,
  workstations: 1,
  weeklyOpenHours: 37.5,
  initiativesForAudiences: 1,
};

describe("coverageReasons", () => {
  it("names the measured need, each kind of supply and the initiatives for the audiences", () => {
    expect(coverageReasons(measured, [Audience.SENIORS, Audience.K12_FAMILIES])).toEqual([
      "33% of households without a broadband subscription",
      "1 open public place",
      "2 KEYSPOT sites with 1 workstation open 37.5 hours a week",
      "only 1 active initiative for seniors or K-12 families",
    ]);
  });

  it("says when need stands in as population, or is not known at all, and marks demo figures", () => {
    const unmeasured = { ...measured, needBasis: NeedBasis.POPULATION, needHouseholds: null, subscriptionShare: null, indicatorIsDemo: true };
    expect(coverageReasons({ ...unmeasured, population: 12345 }, [])[0]).toBe(
      "no broadband indicator for its tracts: ranked by its population of 12,345 (demo indicator)",
    );
    expect(coverageReasons({ ...unmeasured, population: null }, [])[0]).toBe("no census figures for its tracts");
  });

  it("never prints a KEYSPOT figure no source states as 0", () => {
    const keyspots = (withFigures: number) => coverageReasons({ ...measured, keyspotSitesWithFigures: withFigures }, [])[2];
    expect([keyspots(0), keyspots(1)]).toEqual([
      "2 KEYSPOT sites (workstations and hours not stated)",
      "2 KEYSPOT sites; the 1 that state figures have 1 workstation open 37.5 hours a week",
    ]);
  });

  it("counts initiatives in words for none, one and many", () => {
    const reason = (count: number) => coverageReasons({ ...measured, initiativesForAudiences: count }, [Audience.GENERAL_PUBLIC])[3];
    expect([reason(0), reason(1), reason(4)]).toEqual([
      "no active initiative for the general public",
      "only 1 active initiative for the general public",
      "4 active initiatives for the general public",
    ]);
  });
});
