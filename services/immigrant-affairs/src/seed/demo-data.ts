import { Audience, InitiativeKind, InitiativeStatus, Language, OutcomeMetricKind, PartnerRole, Pillar } from "@dlhub/schema";
import { type InitiativeInput } from "@dlhub/subgraph-kit";

/**
 * DEMO DATA, written for DL Hub: plausible, not official. The Office of Immigrant Affairs and the
 * partner organisations are real; these initiatives, their dates, counts and outcomes are
 * invented to show language access across the hub. Partner slugs are the hub's (see its partners).
 */

export const DEMO = "(DL Hub demo data)";

export const initiatives: InitiativeInput[] = [
  {
    slug: "multilingual-digital-skills-workshops",
    title: "Multilingual digital skills workshops",
    summary: `Six-week small-group workshops taught in the learners' own language (Spanish, Mandarin, Vietnamese, Arabic) on using a smartphone and a computer, e-mail, staying safe online and the City's online services, with community partners in South and North Philadelphia. ${DEMO}`,
    kind: InitiativeKind.CLASS_SERIES,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.IMMIGRANTS, Audience.LIMITED_ENGLISH],
    languages: [Language.ES, Language.ZH, Language.VI, Language.AR],
    pillars: [Pillar.SKILLS],
    startDate: "2024-09-09",
    partners: [
      { partnerSlug: "seamaac", name: "SEAMAAC", role: PartnerRole.DELIVERY },
      { partnerSlug: "congreso", name: "Congreso de Latinos Unidos", role: PartnerRole.DELIVERY },
      { partnerSlug: "office-of-adult-education", name: "Office of Adult Education", role: PartnerRole.REFERRAL },
    ],
    outcomes: [
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 164, periodStart: "2024-09-09", periodEnd: "2024-12-20" },
      { metric: OutcomeMetricKind.TRAINING_HOURS, value: 1970, periodStart: "2024-09-09", periodEnd: "2024-12-20" },
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 121, periodStart: "2025-01-13", periodEnd: "2025-03-28" },
    ],
  },
  {
    slug: "interpreters-at-computer-classes",
    title: "Interpreters at KEYSPOT and library computer classes",
    summary: `Trained interpreters join Free Library and KEYSPOT computer classes on request, in the room or by video, so residents who speak little English can take the classes already on offer instead of waiting for one in their language. ${DEMO}`,
    kind: InitiativeKind.NAVIGATION_SERVICE,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.LIMITED_ENGLISH, Audience.IMMIGRANTS, Audience.SENIORS],
    languages: [Language.ES, Language.ZH, Language.VI, Language.RU, Language.AR, Language.HT],
    pillars: [Pillar.SKILLS],
    startDate: "2024-04-01",
    partners: [
      { partnerSlug: "philadelphia-fight", name: "Philadelphia FIGHT", role: PartnerRole.HOST },
      { partnerSlug: "office-of-adult-education", name: "Office of Adult Education", role: PartnerRole.REFERRAL },
    ],
    outcomes: [
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 233, periodStart: "2024-04-01", periodEnd: "2024-12-31" },
      { metric: OutcomeMetricKind.TRAINING_HOURS, value: 420, periodStart: "2024-04-01", periodEnd: "2024-12-31" },
    ],
  },
  {
    slug: "multilingual-enrolment-help-line",
    title: "Multilingual device and internet enrolment help line",
    summary: `One number to call in any of the City's ten languages for help choosing a low-cost home internet plan, applying for it, and getting a refurbished computer; an interpreter joins the call within a minute. ${DEMO}`,
    kind: InitiativeKind.CONNECTIVITY_PROGRAM,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.IMMIGRANTS, Audience.LIMITED_ENGLISH, Audience.K12_FAMILIES],
    languages: Object.values(Language),
    pillars: [Pillar.ACCESS, Pillar.DEVICES],
    startDate: "2024-06-03",
    partners: [
      { partnerSlug: "united-way-2-1-1", name: "United Way 2-1-1", role: PartnerRole.REFERRAL },
      { partnerSlug: "pcs-for-people", name: "PCs for People", role: PartnerRole.DELIVERY },
      { partnerSlug: "comcast", name: "Comcast", role: PartnerRole.FUNDER },
    ],
    outcomes: [
      { metric: OutcomeMetricKind.CONNECTIONS_ENROLLED, value: 612, periodStart: "2024-06-03", periodEnd: "2024-12-31" },
      { metric: OutcomeMetricKind.DEVICES_DISTRIBUTED, value: 275, periodStart: "2024-06-03", periodEnd: "2024-12-31" },
    ],
  },
  {
    slug: "community-partner-outreach",
    title: "Community partner outreach in newcomers' languages",
    summary: `Outreach workers from immigrant-serving organisations bring sign-ups and short demonstrations of the City's digital-literacy offers to places newcomers already go: congregations, markets, ESL classes and community days at library branches. ${DEMO}`,
    kind: InitiativeKind.OUTREACH,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.IMMIGRANTS, Audience.LIMITED_ENGLISH],
    languages: [Language.ES, Language.PT, Language.FR, Language.HT, Language.SW, Language.AR, Language.RU],
    pillars: [Pillar.ACCESS, Pillar.SKILLS],
    startDate: "2025-01-15",
    partners: [
      { partnerSlug: "welcoming-center", name: "Welcoming Center", role: PartnerRole.DELIVERY },
      { partnerSlug: "seamaac", name: "SEAMAAC", role: PartnerRole.DELIVERY },
      { partnerSlug: "ipm-fund", name: "Independence Public Media Foundation", role: PartnerRole.FUNDER },
    ],
    outcomes: [{ metric: OutcomeMetricKind.VISITS, value: 1480, periodStart: "2025-01-15", periodEnd: "2025-03-31" }],
  },
  {
    slug: "smartphone-basics-for-new-arrivals",
    title: "Smartphone basics for newly arrived families",
    summary: `Two-session classes for recently resettled families on setting up a phone, video calls, and using the City's 311 app and school portals safely, taught with interpreters in Haitian Creole, French, Swahili and Arabic; planned with resettlement partners for the fall. ${DEMO}`,
    kind: InitiativeKind.CLASS_SERIES,
    status: InitiativeStatus.PLANNED,
    audiences: [Audience.IMMIGRANTS, Audience.K12_FAMILIES, Audience.LIMITED_ENGLISH],
    languages: [Language.HT, Language.FR, Language.SW, Language.AR],
    pillars: [Pillar.SKILLS, Pillar.DEVICES],
    startDate: "2025-09-15",
    partners: [
      { partnerSlug: "welcoming-center", name: "Welcoming Center", role: PartnerRole.REFERRAL },
      { partnerSlug: "peoples-emergency-center", name: "People's Emergency Center", role: PartnerRole.HOST },
    ],
  },
];
