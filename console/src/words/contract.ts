import type {
  Audience,
  InitiativeKind,
  InitiativeLinkKind,
  InitiativeOrder,
  InitiativeStatus,
  Language,
  Pillar,
  PartnerRole,
  PlaceStatus,
} from "../graphql/generated/graphql";

// The coordinator's words for the contract's codes. Records over the generated enum types make the
// compiler insist on a word for every value, so a value added to the contract cannot show as its
// code. Departments are not among them: they are registry data, and every answer names its
// department by the name the coordinator registered (departmentName).

export const AUDIENCES: Record<Audience, string> = {
  GENERAL_PUBLIC: "General public",
  SENIORS: "Seniors",
  YOUTH: "Youth",
  K12_FAMILIES: "K-12 families",
  JOB_SEEKERS: "Job seekers",
  IMMIGRANTS: "Immigrants",
  LIMITED_ENGLISH: "People with limited English",
  SMALL_BUSINESS_OWNERS: "Small business owners",
  PEOPLE_WITH_DISABILITIES: "People with disabilities",
  RETURNING_CITIZENS: "Returning citizens",
};

export const LANGUAGES: Record<Language, string> = {
  EN: "English",
  ES: "Spanish",
  ZH: "Chinese",
  VI: "Vietnamese",
  RU: "Russian",
  AR: "Arabic",
  FR: "French",
  HT: "Haitian Creole",
  PT: "Portuguese",
  SW: "Swahili",
};

export const PILLARS: Record<Pillar, string> = {
  ACCESS: "Access",
  DEVICES: "Devices",
  SKILLS: "Skills",
};

export const INITIATIVE_KINDS: Record<InitiativeKind, string> = {
  CLASS_SERIES: "Class series",
  OPEN_LAB: "Open lab",
  GRANT_PROGRAM: "Grant program",
  DEVICE_DISTRIBUTION: "Device distribution",
  CONNECTIVITY_PROGRAM: "Connectivity program",
  NAVIGATION_SERVICE: "Navigation service",
  BUSINESS_TRAINING: "Business training",
  YOUTH_CAMP: "Youth camp",
  INNOVATION_CHALLENGE: "Innovation challenge",
  MOBILE_SERVICE: "Mobile service",
  OUTREACH: "Outreach",
};

export const STATUSES: Record<InitiativeStatus, string> = {
  PLANNED: "Planned",
  ACTIVE: "Active",
  PAUSED: "Paused",
  ENDED: "Ended",
};

export const PLACE_STATUSES: Record<PlaceStatus, string> = {
  OPEN: "Open",
  CLOSED: "Closed",
  CLOSED_TEMPORARILY: "Closed for now",
  CLOSED_FOR_REBUILD: "Closed for rebuilding",
};

export const PARTNER_ROLES: Record<PartnerRole, string> = {
  DELIVERY: "Delivers",
  EVALUATION: "Evaluates",
  FUNDER: "Funds",
  HOST: "Hosts",
  REFERRAL: "Refers",
};

export const LINK_KINDS: Record<InitiativeLinkKind, string> = {
  REFERS_TO: "Refers people to",
  CO_LOCATED: "Shares a site with",
  FUNDS: "Funds",
  SUCCEEDED_BY: "Is succeeded by",
};

export const ORDERS: Record<InitiativeOrder, string> = {
  TITLE: "Title",
  START_DATE: "Start date",
  RECENTLY_CHANGED: "Recently changed",
};

/** A contract code's entries in the order written above, for a list of choices. */
export function choices<T extends string>(words: Record<T, string>): [T, string][] {
  return Object.entries(words) as [T, string][];
}

/**
 * A place kind is an open word a department may invent (`OLDER_ADULT_CENTER`), so it has no fixed
 * label: it reads as a sentence-case phrase, with the few acronyms kept.
 */
export function placeKindLabel(kind: string): string {
  const words = kind.toLowerCase().split("_").join(" ");
  return (words.charAt(0).toUpperCase() + words.slice(1)).replace(/\bkeyspot\b/i, "KEYSPOT").replace(/\bhot spot\b/i, "Hot Spot");
}
