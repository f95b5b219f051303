import { Audience, InitiativeKind, InitiativeStatus, Language, OutcomeMetricKind, PartnerRole, Pillar } from "@dlhub/schema";
import { type InitiativeInput } from "@dlhub/subgraph-kit";
import { type PlaceRecord } from "@dlhub/schema";
import { BranchType, type LibraryBranch } from "../branches/library-branch.entity.js";
import { ClassLevel } from "../classes/computer-class.entity.js";

/**
 * DEMO DATA, written for DL Hub's local start: plausible, not official. Branch names and addresses
 * follow the Free Library's public location list, and a demo branch's code is `demo-` and the
 * list's code, so a real branch imported later never takes a demo branch's classes or counts;
 * classes, counts and outcomes are invented. Real data comes in through the importers.
 */

export const DEMO = "(DL Hub demo data)";

export const branches: Omit<LibraryBranch, keyof PlaceRecord>[] = [
  { code: "demo-52022", name: "Logan", type: BranchType.BRANCH, typeCode: "Branch", address: "1333 Wagner Ave", latitude: 40.03178, longitude: -75.14533, publicComputers: 14 },
  { code: "demo-52026", name: "Nicetown-Tioga", type: BranchType.BRANCH, typeCode: "Branch", address: "3720 N Broad St", latitude: 40.00999, longitude: -75.15132, publicComputers: 16 },
  { code: "demo-52018", name: "Kensington", type: BranchType.BRANCH, typeCode: "Branch", address: "104 W Dauphin St", latitude: 39.9847, longitude: -75.13266, publicComputers: 12 },
  { code: "demo-52050", name: "Widener", type: BranchType.BRANCH, typeCode: "Branch", address: "2808 W Lehigh Ave", latitude: 39.99672, longitude: -75.17762, publicComputers: 10 },
  { code: "demo-52002", name: "Blanche A. Nixon", type: BranchType.BRANCH, typeCode: "Branch", address: "5800 Cobbs Creek Pkwy", latitude: 39.94576, longitude: -75.24151, publicComputers: 12 },
  { code: "demo-52045", name: "Whitman", type: BranchType.BRANCH, typeCode: "Branch", address: "200 Snyder Ave", latitude: 39.92163, longitude: -75.15028, publicComputers: 10 },
  { code: "demo-52034", name: "Fumo Family", type: BranchType.BRANCH, typeCode: "Branch", address: "2437 S Broad St", latitude: 39.91979, longitude: -75.17035, publicComputers: 18 },
];

export const initiatives: InitiativeInput[] = [
  {
    slug: "public-computers-and-wifi",
    title: "Public computers and Wi-Fi at every branch",
    summary: `Free computer and internet use, printing and Wi-Fi at every open Free Library location, with staff to help. ${DEMO}`,
    kind: InitiativeKind.OPEN_LAB,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.JOB_SEEKERS, Audience.SENIORS],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.ACCESS],
    startDate: "2010-01-04",
    outcomes: [{ metric: OutcomeMetricKind.VISITS, value: 96400, periodStart: "2024-01-01", periodEnd: "2024-03-31" }],
  },
  {
    slug: "computer-basics-classes",
    title: "Computer Basics classes",
    summary: `Free small-group classes at neighborhood branches: using a mouse and keyboard, internet basics, email, and online job applications. ${DEMO}`,
    kind: InitiativeKind.CLASS_SERIES,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.SENIORS, Audience.JOB_SEEKERS, Audience.GENERAL_PUBLIC],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.SKILLS],
    startDate: "2024-01-08",
    partners: [{ partnerSlug: "office-of-adult-education", name: "Office of Adult Education", role: PartnerRole.REFERRAL }],
    outcomes: [
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 412, periodStart: "2024-01-01", periodEnd: "2024-03-31" },
      { metric: OutcomeMetricKind.TRAINING_HOURS, value: 1236, periodStart: "2024-01-01", periodEnd: "2024-03-31" },
    ],
  },
  {
    slug: "hot-spot-labs",
    title: "Hot Spot community computer labs",
    summary: `Library computer labs with a trainer in trusted community centres, so residents learn where they already go. ${DEMO}`,
    kind: InitiativeKind.OPEN_LAB,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.JOB_SEEKERS],
    languages: [Language.EN],
    pillars: [Pillar.ACCESS, Pillar.SKILLS],
    startDate: "2011-09-01",
    partners: [
      { partnerSlug: "knight-foundation", name: "Knight Foundation", role: PartnerRole.FUNDER },
      { partnerSlug: "village-of-arts-and-humanities", name: "Village of Arts and Humanities", role: PartnerRole.HOST },
    ],
    outcomes: [{ metric: OutcomeMetricKind.VISITS, value: 5210, periodStart: "2024-01-01", periodEnd: "2024-06-30" }],
  },
  {
    slug: "techmobile",
    title: "Techmobile: the computer lab on wheels",
    summary: `A bus fitted with laptops and a trainer that visits rec centres, schools and block parties. ${DEMO}`,
    kind: InitiativeKind.MOBILE_SERVICE,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.YOUTH, Audience.K12_FAMILIES, Audience.GENERAL_PUBLIC],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.ACCESS, Pillar.SKILLS],
    startDate: "2013-04-12",
    outcomes: [{ metric: OutcomeMetricKind.VISITS, value: 1830, periodStart: "2024-04-01", periodEnd: "2024-06-30" }],
  },
  {
    slug: "esl-digital-skills",
    title: "Digital skills in your language",
    summary: `Classes taught in Spanish, Chinese and Vietnamese alongside ESL conversation groups. ${DEMO}`,
    kind: InitiativeKind.CLASS_SERIES,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.IMMIGRANTS, Audience.LIMITED_ENGLISH],
    languages: [Language.ES, Language.ZH, Language.VI],
    pillars: [Pillar.SKILLS],
    startDate: "2024-09-09",
    endDate: "2025-06-30",
    partners: [{ partnerSlug: "seamaac", name: "SEAMAAC", role: PartnerRole.DELIVERY }],
    outcomes: [{ metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 138, periodStart: "2024-09-01", periodEnd: "2024-12-31" }],
  },
];

/** Initiatives delivered at every open branch rather than at listed ones. */
export const branchNetworkInitiatives = ["public-computers-and-wifi"];

export const classes = [
  { initiative: "computer-basics-classes", slug: "internet-basics-logan", branchCode: "demo-52022", title: "Internet Basics", level: ClassLevel.BEGINNER, language: Language.EN, seats: 10 },
  { initiative: "computer-basics-classes", slug: "email-essentials-nicetown", branchCode: "demo-52026", title: "Email Essentials", level: ClassLevel.BEGINNER, language: Language.EN, seats: 8 },
  { initiative: "computer-basics-classes", slug: "online-job-applications-widener", branchCode: "demo-52050", title: "Online Job Applications", level: ClassLevel.INTERMEDIATE, language: Language.EN, seats: 10 },
  { initiative: "computer-basics-classes", slug: "internet-basics-kensington-es", branchCode: "demo-52018", title: "Internet Basics (en español)", level: ClassLevel.BEGINNER, language: Language.ES, seats: 10 },
  { initiative: "esl-digital-skills", slug: "smartphone-basics-whitman-zh", branchCode: "demo-52045", title: "Smartphone Basics (中文)", level: ClassLevel.BEGINNER, language: Language.ZH, seats: 12 },
  { initiative: "esl-digital-skills", slug: "smartphone-basics-fumo-vi", branchCode: "demo-52034", title: "Smartphone Basics (Tiếng Việt)", level: ClassLevel.BEGINNER, language: Language.VI, seats: 12 },
];

export const hotSpotLabs = [
  { initiative: "hot-spot-labs", slug: "demo-village-of-arts", name: "Village of Arts and Humanities Hot Spot", hostOrganization: "Village of Arts and Humanities", address: "2544 Germantown Ave", latitude: 39.99077, longitude: -75.14837, workstations: 8, openedOn: "2011-09-15" },
  { initiative: "hot-spot-labs", slug: "demo-heavenly-hall", name: "Heavenly Hall Hot Spot", hostOrganization: "Heavenly Hall Annex", address: "4015 Poplar St", latitude: 39.97286, longitude: -75.20465, workstations: 6, openedOn: "2011-10-03" },
  { initiative: "hot-spot-labs", slug: "demo-mercy-neighborhood", name: "Mercy Neighborhood Ministries Hot Spot", hostOrganization: "Mercy Neighborhood Ministries", address: "1939 W Venango St", latitude: 40.00889, longitude: -75.1601, workstations: 6, openedOn: "2012-01-09" },
];

export const techmobileStops = [
  { initiative: "techmobile", locationName: "Happy Hollow Recreation Center", address: "4740 Wayne Ave", latitude: 40.02375, longitude: -75.16496, visitOn: "2024-05-14" },
  { initiative: "techmobile", locationName: "Kingsessing Recreation Center", address: "4901 Kingsessing Ave", latitude: 39.94308, longitude: -75.21547, visitOn: "2024-05-21" },
  { initiative: "techmobile", locationName: "Rivera Recreation Center", address: "3201 N 5th St", latitude: 39.99984, longitude: -75.13835, visitOn: "2024-06-04" },
];
