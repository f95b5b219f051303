import { Audience, InitiativeKind, InitiativeStatus, Language, OutcomeMetricKind, PartnerRole, Pillar } from "@dlhub/schema";
import { type InitiativeInput } from "@dlhub/subgraph-kit";

/**
 * DEMO DATA, written for DL Hub's local start: plausible, not official. The Digital Access Hubs,
 * their grant and the "adult swim" idea come from the City's own statements (FACTS.md); lab
 * sizes, speeds, camps, counts and outcomes are invented. Real data comes in through importers.
 */

export const DEMO = "(DL Hub demo data)";

export const initiatives: InitiativeInput[] = [
  {
    slug: "digital-access-hubs",
    title: "Digital Access Hubs",
    summary: `Fiber Wi-Fi and a new computer lab at Happy Hollow and J. Finnegan recreation centres, funded by a $2M Pennsylvania Broadband Development Authority grant: classes, STEM and coding, job readiness, digital navigation and digital health. ${DEMO}`,
    kind: InitiativeKind.OPEN_LAB,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.YOUTH, Audience.JOB_SEEKERS, Audience.SENIORS],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.ACCESS, Pillar.SKILLS],
    startDate: "2024-10-01",
    partners: [
      { partnerSlug: "pa-broadband-development-authority", name: "Pennsylvania Broadband Development Authority", role: PartnerRole.FUNDER },
      { partnerSlug: "united-way-2-1-1", name: "United Way 2-1-1", role: PartnerRole.REFERRAL },
    ],
    outcomes: [
      { metric: OutcomeMetricKind.VISITS, value: 2140, periodStart: "2024-10-01", periodEnd: "2024-12-31" },
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 186, periodStart: "2024-10-01", periodEnd: "2024-12-31" },
    ],
  },
  {
    slug: "rec-center-computer-labs",
    title: "Rec center computer labs",
    summary: `Drop-in public computer labs in neighbourhood recreation centres, opened as KEYSPOTs in 2011-12 and kept by Parks & Recreation: at least five workstations, 15 open hours a week and a lab instructor. ${DEMO}`,
    kind: InitiativeKind.OPEN_LAB,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.YOUTH, Audience.JOB_SEEKERS],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.ACCESS],
    startDate: "2011-12-12",
    partners: [
      { partnerSlug: "office-of-adult-education", name: "Office of Adult Education", role: PartnerRole.REFERRAL },
      { partnerSlug: "drexel-university", name: "Drexel University", role: PartnerRole.EVALUATION },
      { partnerSlug: "pcs-for-people", name: "PCs for People", role: PartnerRole.DELIVERY },
    ],
    outcomes: [{ metric: OutcomeMetricKind.VISITS, value: 9120, periodStart: "2024-01-01", periodEnd: "2024-06-30" }],
  },
  {
    slug: "afterschool-computer-camps",
    title: "Afterschool computer camps",
    summary: `Afternoon coding, robotics and digital-storytelling camps for school-age children in rec centre labs, a season at a time. ${DEMO}`,
    kind: InitiativeKind.YOUTH_CAMP,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.YOUTH, Audience.K12_FAMILIES],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.SKILLS],
    startDate: "2024-09-16",
    partners: [
      { partnerSlug: "comcast", name: "Comcast", role: PartnerRole.FUNDER },
      { partnerSlug: "drexel-university", name: "Drexel University", role: PartnerRole.DELIVERY },
    ],
    outcomes: [
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 38, periodStart: "2024-09-16", periodEnd: "2024-12-20" },
      { metric: OutcomeMetricKind.TRAINING_HOURS, value: 1140, periodStart: "2024-09-16", periodEnd: "2024-12-20" },
    ],
  },
  {
    slug: "older-adult-tech-hours",
    title: "Older adult tech hours",
    summary: `"Adult swim" for computers: weekday-morning lab hours kept for residents 55 and over, with an instructor, after counts showed only 12% of visitors to City-run labs were adults or seniors. ${DEMO}`,
    kind: InitiativeKind.CLASS_SERIES,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.SENIORS],
    languages: [Language.EN],
    pillars: [Pillar.SKILLS],
    startDate: "2025-01-06",
    partners: [{ partnerSlug: "peoples-emergency-center", name: "People's Emergency Center", role: PartnerRole.DELIVERY }],
    outcomes: [{ metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 42, periodStart: "2025-01-06", periodEnd: "2025-03-31" }],
  },
];

const lab = { isDigitalAccessHub: false, hasFiberWifi: false, internetSpeedMbps: null };
const hub = { isDigitalAccessHub: true, hasFiberWifi: true, internetSpeedMbps: 1000 };

export const computerLabs = [
  { ...hub, initiative: "digital-access-hubs", slug: "happy-hollow-digital-access-hub", centerAssetId: "demo-1032", name: "Happy Hollow Digital Access Hub", workstations: 20, openedOn: "2024-10-07" },
  { ...hub, initiative: "digital-access-hubs", slug: "j-finnegan-digital-access-hub", centerAssetId: "demo-1187", name: "J. Finnegan Digital Access Hub", workstations: 16, openedOn: "2024-10-21" },
  { ...lab, initiative: "rec-center-computer-labs", slug: "kingsessing-computer-lab", centerAssetId: "demo-1120", name: "Kingsessing computer lab", workstations: 10, hasFiberWifi: true, internetSpeedMbps: 500, openedOn: "2011-12-12" },
  { ...lab, initiative: "rec-center-computer-labs", slug: "rivera-computer-lab", centerAssetId: "demo-1201", name: "Rivera computer lab", workstations: 8, hasFiberWifi: true, internetSpeedMbps: 500, openedOn: "2012-02-06" },
  { ...lab, initiative: "rec-center-computer-labs", slug: "mlk-computer-lab", centerAssetId: "demo-1045", name: "Martin Luther King Jr. computer lab", workstations: 10, internetSpeedMbps: 200, openedOn: "2012-03-05" },
  { ...lab, initiative: "rec-center-computer-labs", slug: "tustin-computer-lab", centerAssetId: "demo-1166", name: "Tustin computer lab", workstations: 6, openedOn: "2012-05-14" },
  { ...lab, initiative: "rec-center-computer-labs", slug: "cecil-b-moore-computer-lab", centerAssetId: "demo-1040", name: "Cecil B. Moore computer lab", workstations: 8, hasFiberWifi: true, internetSpeedMbps: 500, openedOn: "2012-06-11" },
  { ...lab, initiative: "rec-center-computer-labs", slug: "mallory-computer-lab", centerAssetId: "demo-1137", name: "Mallory Playground computer lab", workstations: 5, openedOn: "2012-08-06" },
  { ...lab, initiative: "older-adult-tech-hours", slug: "juniata-park-tech-room", centerAssetId: "demo-2014", name: "Juniata Park tech room", workstations: 8, internetSpeedMbps: 300, openedOn: "2025-01-06" },
];

const fall2024 = { season: "Fall 2024", startsOn: "2024-09-16" };
const spring2025 = { season: "Spring 2025", startsOn: "2025-02-03" };

export const afterschoolCamps = [
  { ...fall2024, initiative: "afterschool-computer-camps", centerAssetId: "demo-1120", title: "Scratch coding club", seats: 15, enrolled: 14 },
  { ...fall2024, initiative: "afterschool-computer-camps", centerAssetId: "demo-1201", title: "Robotics and coding", seats: 15, enrolled: 15 },
  { ...fall2024, initiative: "afterschool-computer-camps", centerAssetId: "demo-1045", title: "Digital storytelling", seats: 12, enrolled: 9 },
  { ...spring2025, initiative: "afterschool-computer-camps", centerAssetId: "demo-1120", title: "Robotics and coding", seats: 15, enrolled: 13 },
  { ...spring2025, initiative: "afterschool-computer-camps", centerAssetId: "demo-1166", title: "Scratch coding club", seats: 12, enrolled: 11 },
  { ...spring2025, initiative: "afterschool-computer-camps", centerAssetId: "demo-1032", title: "Game design with Scratch", seats: 20, enrolled: 18 },
  { ...spring2025, initiative: "afterschool-computer-camps", centerAssetId: "demo-1040", title: "Intro to web design", seats: 15, enrolled: 12 },
];
