import { Audience, InitiativeKind, InitiativeStatus, Language, OutcomeMetricKind, PartnerRole, Pillar, type PlaceRecord } from "@dlhub/schema";
import { type InitiativeInput } from "@dlhub/subgraph-kit";
import { type CommercialCorridor } from "../corridors/commercial-corridor.entity.js";

/**
 * DEMO DATA, written for DL Hub's local start: plausible, not official. Corridor names follow
 * Philadelphia's neighbourhood commercial corridors and the programs follow the Department of
 * Commerce's public descriptions (Power Up Your Business, Temple SBDC's eCommerce program);
 * coordinates are approximate, and every count, date and outcome is invented. Real data comes in
 * through the importers. Demo corridors' slugs start with `demo-`, so no real corridor can take
 * one's key.
 */

export const DEMO = "(DL Hub demo data)";

export const corridors: Omit<CommercialCorridor, keyof PlaceRecord>[] = [
  { id: "demo-germantown-ave-chelten", name: "Germantown Ave at Chelten", description: "Germantown Ave from Washington Ln to Coulter St, around Chelten Ave", councilDistrict: 8, latitude: 40.0345, longitude: -75.1755, storefrontCount: 160 },
  { id: "demo-frankford-ave-kensington", name: "Frankford Ave (Kensington)", description: "Frankford Ave from Girard Ave to Lehigh Ave", councilDistrict: 1, latitude: 39.979, longitude: -75.129, storefrontCount: 210 },
  { id: "demo-52nd-st-west-philadelphia", name: "52nd Street (West Philadelphia)", description: "52nd St from Walnut St to Arch St, around the Market-Frankford Line stop", councilDistrict: 3, latitude: 39.9598, longitude: -75.225, storefrontCount: 190 },
  { id: "demo-castor-ave-oxford-circle", name: "Castor Ave (Oxford Circle)", description: "Castor Ave from Oxford Circle to Cottman Ave", councilDistrict: 6, latitude: 40.044, longitude: -75.0765, storefrontCount: 230 },
  { id: "demo-east-passyunk-ave", name: "East Passyunk Ave", description: "E Passyunk Ave from Broad St to Christian St", councilDistrict: 1, latitude: 39.929, longitude: -75.164, storefrontCount: 170 },
  { id: "demo-n-5th-st-el-centro-de-oro", name: "N 5th St (El Centro de Oro)", description: "N 5th St from Lehigh Ave to Allegheny Ave", councilDistrict: 7, latitude: 39.9945, longitude: -75.1392, storefrontCount: 140 },
];

const ccp = { partnerSlug: "community-college-of-philadelphia", name: "Community College of Philadelphia" };
const sbdc = { partnerSlug: "temple-university-sbdc", name: "Temple University Small Business Development Center" };
const year2024 = { periodStart: "2024-01-01", periodEnd: "2024-12-31" };

export const initiatives: InitiativeInput[] = [
  {
    slug: "power-up-your-business",
    title: "Power Up Your Business",
    summary: `City-funded course with Community College of Philadelphia (about $800,000 a year): free classes and one-on-one coaching for owners, from bookkeeping software and online marketing to selling online. ${DEMO}`,
    kind: InitiativeKind.BUSINESS_TRAINING,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.SMALL_BUSINESS_OWNERS],
    languages: [Language.EN],
    pillars: [Pillar.SKILLS],
    startDate: "2017-01-09",
    partners: [{ ...ccp, role: PartnerRole.DELIVERY }],
    outcomes: [
      { metric: OutcomeMetricKind.BUSINESSES_SERVED, value: 42, ...year2024 },
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 51, ...year2024 },
      { metric: OutcomeMetricKind.TRAINING_HOURS, value: 1530, ...year2024 },
    ],
  },
  {
    slug: "temple-sbdc-ecommerce",
    title: "PA Digital Transformation eCommerce Program",
    summary: `Temple's Small Business Development Center helps owners open online stores, take digital payments and move their books online; $1.5M from the EDA and DCED. ${DEMO}`,
    kind: InitiativeKind.BUSINESS_TRAINING,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.SMALL_BUSINESS_OWNERS],
    languages: [Language.EN],
    pillars: [Pillar.SKILLS],
    startDate: "2021-10-12",
    partners: [{ ...sbdc, role: PartnerRole.DELIVERY }],
    outcomes: [
      { metric: OutcomeMetricKind.BUSINESSES_SERVED, value: 15, ...year2024 },
      { metric: OutcomeMetricKind.TRAINING_HOURS, value: 360, ...year2024 },
    ],
  },
  {
    slug: "storefront-digital-marketing-workshops",
    title: "Storefront digital marketing workshops",
    summary: `Evening workshops held on the corridor itself: claiming a business listing, photographing a storefront, posting to social media and taking online orders. ${DEMO}`,
    kind: InitiativeKind.CLASS_SERIES,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.SMALL_BUSINESS_OWNERS],
    languages: [Language.EN],
    pillars: [Pillar.SKILLS],
    startDate: "2024-10-02",
    partners: [{ ...sbdc, role: PartnerRole.DELIVERY }],
    outcomes: [
      { metric: OutcomeMetricKind.BUSINESSES_SERVED, value: 14, periodStart: "2024-10-01", periodEnd: "2024-12-31" },
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 17, periodStart: "2024-10-01", periodEnd: "2024-12-31" },
    ],
  },
  {
    slug: "multilingual-online-presence-clinic",
    title: "Online-presence clinic for immigrant-owned businesses",
    summary: `One-on-one help in the owner's language to list a business online, take card and app payments and answer customer reviews. ${DEMO}`,
    kind: InitiativeKind.BUSINESS_TRAINING,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.SMALL_BUSINESS_OWNERS, Audience.IMMIGRANTS, Audience.LIMITED_ENGLISH],
    languages: [Language.ES, Language.AR, Language.ZH],
    pillars: [Pillar.SKILLS],
    startDate: "2024-04-09",
    partners: [
      { partnerSlug: "welcoming-center", name: "Welcoming Center", role: PartnerRole.DELIVERY },
      { partnerSlug: "seamaac", name: "SEAMAAC", role: PartnerRole.DELIVERY },
      { partnerSlug: "congreso", name: "Congreso de Latinos Unidos", role: PartnerRole.REFERRAL },
    ],
    outcomes: [
      { metric: OutcomeMetricKind.BUSINESSES_SERVED, value: 37, ...year2024 },
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 44, ...year2024 },
    ],
  },
  {
    slug: "workforce-call-for-ideas-digital-skills",
    title: "Workforce Call for Ideas: digital skills on the job",
    summary: `Grants from Commerce's workforce Call for Ideas to partners who teach frontline and small-business workers the digital skills their jobs now ask for. ${DEMO}`,
    kind: InitiativeKind.GRANT_PROGRAM,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.JOB_SEEKERS, Audience.SMALL_BUSINESS_OWNERS],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.SKILLS],
    startDate: "2023-07-01",
    partners: [
      { partnerSlug: "congreso", name: "Congreso de Latinos Unidos", role: PartnerRole.DELIVERY },
      { partnerSlug: "peoples-emergency-center", name: "People's Emergency Center", role: PartnerRole.DELIVERY },
    ],
    outcomes: [
      { metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 126, periodStart: "2023-07-01", periodEnd: "2024-06-30" },
      { metric: OutcomeMetricKind.TRAINING_HOURS, value: 2016, periodStart: "2023-07-01", periodEnd: "2024-06-30" },
    ],
  },
];
