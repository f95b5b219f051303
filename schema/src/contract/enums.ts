import { registerEnumType } from "type-graphql";

/**
 * The hub contract's shared vocabulary. Every department subgraph uses these enums unchanged, so
 * the coordinator can filter and roll up across departments with one set of words. Adding a value
 * is a contract change made here, never in a department.
 */

/**
 * The departments DL Hub had before departments became registry data. Closed and deprecated: a
 * department joining now is registered (`dlhub department register`) and known by its id; see
 * department-id.ts. Never add a value here.
 */
export enum Department {
  IT = "IT",
  LIBRARIES = "LIBRARIES",
  COMMERCE = "COMMERCE",
  PARKS = "PARKS",
  IMMIGRANT_AFFAIRS = "IMMIGRANT_AFFAIRS",
  ADULT_EDUCATION = "ADULT_EDUCATION",
  PUBLIC_HEALTH = "PUBLIC_HEALTH",
  AGING = "AGING",
}

export enum Audience {
  GENERAL_PUBLIC = "GENERAL_PUBLIC",
  SENIORS = "SENIORS",
  YOUTH = "YOUTH",
  K12_FAMILIES = "K12_FAMILIES",
  JOB_SEEKERS = "JOB_SEEKERS",
  IMMIGRANTS = "IMMIGRANTS",
  LIMITED_ENGLISH = "LIMITED_ENGLISH",
  SMALL_BUSINESS_OWNERS = "SMALL_BUSINESS_OWNERS",
  PEOPLE_WITH_DISABILITIES = "PEOPLE_WITH_DISABILITIES",
  RETURNING_CITIZENS = "RETURNING_CITIZENS",
}

/** English plus the nine languages the City translates phila.gov into. */
export enum Language {
  EN = "EN",
  ES = "ES",
  ZH = "ZH",
  VI = "VI",
  RU = "RU",
  AR = "AR",
  FR = "FR",
  HT = "HT",
  PT = "PT",
  SW = "SW",
}

/** The three pillars of the City's Digital Equity Plan. */
export enum Pillar {
  ACCESS = "ACCESS",
  DEVICES = "DEVICES",
  SKILLS = "SKILLS",
}

export enum InitiativeKind {
  CLASS_SERIES = "CLASS_SERIES",
  OPEN_LAB = "OPEN_LAB",
  GRANT_PROGRAM = "GRANT_PROGRAM",
  DEVICE_DISTRIBUTION = "DEVICE_DISTRIBUTION",
  CONNECTIVITY_PROGRAM = "CONNECTIVITY_PROGRAM",
  NAVIGATION_SERVICE = "NAVIGATION_SERVICE",
  BUSINESS_TRAINING = "BUSINESS_TRAINING",
  YOUTH_CAMP = "YOUTH_CAMP",
  INNOVATION_CHALLENGE = "INNOVATION_CHALLENGE",
  MOBILE_SERVICE = "MOBILE_SERVICE",
  OUTREACH = "OUTREACH",
}

export enum InitiativeStatus {
  PLANNED = "PLANNED",
  ACTIVE = "ACTIVE",
  PAUSED = "PAUSED",
  ENDED = "ENDED",
}

/** What kind of place an initiative is delivered at, whichever department owns the place. */
export enum SiteKind {
  KEYSPOT = "KEYSPOT",
  LIBRARY_BRANCH = "LIBRARY_BRANCH",
  HOT_SPOT_LAB = "HOT_SPOT_LAB",
  TECHMOBILE_STOP = "TECHMOBILE_STOP",
  RECREATION_CENTER = "RECREATION_CENTER",
  COMMERCIAL_CORRIDOR = "COMMERCIAL_CORRIDOR",
  PARTNER_SITE = "PARTNER_SITE",
}

/**
 * Whether a place is open to the public, read the same way from every source file (see
 * docs/places.md): a Free Library "(closed)" branch and a PPR site whose comments close it are
 * both CLOSED.
 */
export enum PlaceStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  CLOSED_FOR_REBUILD = "CLOSED_FOR_REBUILD",
  CLOSED_TEMPORARILY = "CLOSED_TEMPORARILY",
}

export enum PartnerRole {
  FUNDER = "FUNDER",
  DELIVERY = "DELIVERY",
  HOST = "HOST",
  REFERRAL = "REFERRAL",
  EVALUATION = "EVALUATION",
}

/** The outcome measures the coordinator reports on, the same words in every department. */
export enum OutcomeMetricKind {
  PEOPLE_TRAINED = "PEOPLE_TRAINED",
  DEVICES_DISTRIBUTED = "DEVICES_DISTRIBUTED",
  CONNECTIONS_ENROLLED = "CONNECTIONS_ENROLLED",
  VISITS = "VISITS",
  TRAINING_HOURS = "TRAINING_HOURS",
  BUSINESSES_SERVED = "BUSINESSES_SERVED",
}

const enums = {
  Department,
  Audience,
  Language,
  Pillar,
  InitiativeKind,
  InitiativeStatus,
  SiteKind,
  PlaceStatus,
  PartnerRole,
  OutcomeMetricKind,
};
for (const [name, values] of Object.entries(enums)) registerEnumType(values, { name });
