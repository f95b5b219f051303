import { Audience } from "@dlhub/schema";

/**
 * The plain words the coordinator's answers use for the contract's enums. Records over the enums
 * make the compiler insist on a word for every value, so an audience added to the contract cannot
 * silently print as its code. Departments are not among them: their names are registry data
 * (registered_department), read by the sync, never written here.
 */

/** How an audience reads inside a sentence ("only 1 initiative for seniors"). */
export const AUDIENCE_WORDS: Record<Audience, string> = {
  [Audience.GENERAL_PUBLIC]: "the general public",
  [Audience.SENIORS]: "seniors",
  [Audience.YOUTH]: "youth",
  [Audience.K12_FAMILIES]: "K-12 families",
  [Audience.JOB_SEEKERS]: "job seekers",
  [Audience.IMMIGRANTS]: "immigrants",
  [Audience.LIMITED_ENGLISH]: "people with limited English",
  [Audience.SMALL_BUSINESS_OWNERS]: "small business owners",
  [Audience.PEOPLE_WITH_DISABILITIES]: "people with disabilities",
  [Audience.RETURNING_CITIZENS]: "returning citizens",
};

/** How an audience reads as a heading ("Seniors", "General public"). */
export function audienceLabel(audience: Audience): string {
  const words = AUDIENCE_WORDS[audience].replace(/^the /, "");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 site", "3 sites", "1,200 workstations". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** Thousands separated, at most one decimal ("12,345", "37.5"). */
export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 1 });
}
