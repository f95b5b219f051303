import { Audience, InitiativeKind, InitiativeStatus, Language, OutcomeMetricKind, PartnerRole, Pillar } from "@dlhub/schema";
import { type InitiativeInput } from "@dlhub/subgraph-kit";

/**
 * DEMO DATA, written for DL Hub's local start: plausible, not official. Programs, dates, partners
 * and headline numbers follow OIT's public announcements (see the shared FACTS.md); the smaller
 * figures (hours, per-grant amounts, per-event device counts) are invented. Real data comes in
 * through the importers.
 */

export const DEMO = "(DL Hub demo data)";

export const initiatives: InitiativeInput[] = [
  {
    slug: "keyspot-network",
    title: "KEYSPOT public computer centres",
    summary: `Free computer and internet access with a lab instructor at recreation centres, library branches and neighbourhood non-profits, from Basic Computer to Job Search and Résumé Writing. ${DEMO}`,
    kind: InitiativeKind.OPEN_LAB,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.JOB_SEEKERS, Audience.SENIORS, Audience.YOUTH],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.ACCESS, Pillar.SKILLS],
    startDate: "2010-09-01",
    partners: [
      { partnerSlug: "office-of-adult-education", name: "Office of Adult Education", role: PartnerRole.DELIVERY },
      { partnerSlug: "drexel-university", name: "Drexel University", role: PartnerRole.EVALUATION },
      { partnerSlug: "philadelphia-fight", name: "Philadelphia FIGHT", role: PartnerRole.HOST },
      { partnerSlug: "congreso", name: "Congreso de Latinos Unidos", role: PartnerRole.HOST },
      { partnerSlug: "peoples-emergency-center", name: "People's Emergency Center", role: PartnerRole.HOST },
    ],
    outcomes: [{ metric: OutcomeMetricKind.VISITS, value: 84302, periodStart: "2016-01-01", periodEnd: "2016-12-31" }],
  },
  {
    slug: "digital-literacy-alliance-grants",
    title: "Digital Literacy Alliance grants",
    summary: `Small grants from the Digital Literacy Alliance, administered by OIT, to community organisations testing new ways to connect digital literacy with residents' needs. ${DEMO}`,
    kind: InitiativeKind.GRANT_PROGRAM,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.IMMIGRANTS, Audience.LIMITED_ENGLISH, Audience.GENERAL_PUBLIC],
    languages: [Language.EN, Language.ES, Language.ZH, Language.VI],
    pillars: [Pillar.SKILLS],
    startDate: "2017-01-01",
    partners: [
      { partnerSlug: "comcast", name: "Comcast", role: PartnerRole.FUNDER },
      { partnerSlug: "verizon", name: "Verizon", role: PartnerRole.FUNDER },
      { partnerSlug: "ipm-fund", name: "Independence Public Media Foundation", role: PartnerRole.FUNDER },
      { partnerSlug: "at-and-t", name: "AT&T", role: PartnerRole.FUNDER },
    ],
  },
  {
    slug: "digital-navigators",
    title: "Digital Navigators",
    summary: `Residents call 2-1-1 and are matched with a Digital Navigator for tech support, help getting online and signing up for low-cost internet, in their own language. ${DEMO}`,
    kind: InitiativeKind.NAVIGATION_SERVICE,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.SENIORS, Audience.IMMIGRANTS, Audience.LIMITED_ENGLISH],
    languages: [Language.EN, Language.ES, Language.ZH, Language.VI, Language.AR],
    pillars: [Pillar.ACCESS, Pillar.SKILLS],
    startDate: "2020-09-14",
    partners: [
      { partnerSlug: "united-way-2-1-1", name: "United Way 2-1-1", role: PartnerRole.REFERRAL },
      { partnerSlug: "drexel-university", name: "Drexel University", role: PartnerRole.DELIVERY },
      { partnerSlug: "seamaac", name: "SEAMAAC", role: PartnerRole.DELIVERY },
    ],
    outcomes: [{ metric: OutcomeMetricKind.CONNECTIONS_ENROLLED, value: 1240, periodStart: "2023-01-01", periodEnd: "2023-12-31" }],
  },
  {
    slug: "phlconnected",
    title: "PHLConnectED",
    summary: `Free home internet (Comcast Internet Essentials or a mobile hotspot) for pre-K to 12 households, with devices through schools, digital-skills training and a 2-1-1 help line. ${DEMO}`,
    kind: InitiativeKind.CONNECTIVITY_PROGRAM,
    status: InitiativeStatus.ENDED,
    audiences: [Audience.K12_FAMILIES],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.ACCESS, Pillar.DEVICES],
    startDate: "2020-08-01",
    endDate: "2023-07-31",
    partners: [
      { partnerSlug: "comcast", name: "Comcast", role: PartnerRole.DELIVERY },
      { partnerSlug: "united-way-2-1-1", name: "United Way 2-1-1", role: PartnerRole.REFERRAL },
    ],
    outcomes: [{ metric: OutcomeMetricKind.CONNECTIONS_ENROLLED, value: 21000, periodStart: "2020-08-01", periodEnd: "2022-03-31" }],
  },
  {
    slug: "pcs-for-people-device-distribution",
    title: "Free computers with PCs for People",
    summary: `Refurbished laptops and desktops handed out at recreation centres and community organisations to residents who qualify by income. ${DEMO}`,
    kind: InitiativeKind.DEVICE_DISTRIBUTION,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.SENIORS, Audience.JOB_SEEKERS],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.DEVICES],
    startDate: "2024-01-01",
    partners: [{ partnerSlug: "pcs-for-people", name: "PCs for People", role: PartnerRole.DELIVERY }],
    outcomes: [{ metric: OutcomeMetricKind.DEVICES_DISTRIBUTED, value: 900, periodStart: "2024-01-01", periodEnd: "2024-12-31" }],
  },
  {
    slug: "pitch-and-pilot",
    title: "SmartCityPHL Pitch & Pilot",
    summary: `The City names a challenge, companies pitch, and the best ideas get a paid pilot judged on equity, privacy and data security, value and scalability. ${DEMO}`,
    kind: InitiativeKind.INNOVATION_CHALLENGE,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.SMALL_BUSINESS_OWNERS],
    languages: [Language.EN],
    pillars: [Pillar.ACCESS],
    startDate: "2019-12-16",
  },
];
