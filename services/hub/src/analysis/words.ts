import { Audience, Department } from "@dlhub/schema";

/**
 * The plain words the coordinator's answers use for the contract's enums. Records over the enums
 * make the compiler insist on a word for every value, so a department or audience added to the
 * contract cannot silently print as its code.
 */

export const DEPARTMENT_LABELS: Record<Department, string> = {
  [Department.IT]: "Office of Innovation and Technology",
  [Department.LIBRARIES]: "Free Library of Philadelphia",
  [Department.COMMERCE]: "Department of Commerce",
  [Department.PARKS]: "Parks & Recreation",
  [Department.IMMIGRANT_AFFAIRS]: "Office of Immigrant Affairs",
  [Department.ADULT_EDUCATION]: "Office of Adult Education",
  [Department.PUBLIC_HEALTH]: "Department of Public Health",
  [Department.AGING]: "Aging services",
};

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
