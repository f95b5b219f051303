import { type RenderedFile, type TemplateContext, inTemplate, literal } from "./context.js";

/**
 * Demo data that shows every part working: two initiatives, venues at real public buildings in
 * Center City, partners the hub knows. The department replaces it with its own.
 */
export function seedFiles(context: TemplateContext): RenderedFile[] {
  const { names, title } = context;
  return [
    {
      path: "src/seed/demo-data.ts",
      contents: `import { Audience, InitiativeKind, InitiativeStatus, Language, OutcomeMetricKind, PartnerRole, Pillar } from "@dlhub/schema";
import { type InitiativeInput } from "@dlhub/subgraph-kit";

/**
 * DEMO DATA, written by \`dlhub subgraph init\`: plausible, not official. Replace it with the
 * department's own initiatives; every demo summary ends with DEMO so no one takes it for real,
 * and every demo key starts with \`demo-\` so no real record can ever take it.
 */

export const DEMO = "(DL Hub demo data)";

export const initiatives: InitiativeInput[] = [
  {
    slug: "digital-skills-workshops",
    title: ${literal(`${title} digital skills workshops`)},
    summary: \`Free small-group workshops on using a computer, e-mail and the City's online services, run by ${inTemplate(title)} staff. \${DEMO}\`,
    kind: InitiativeKind.CLASS_SERIES,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.SENIORS],
    languages: [Language.EN, Language.ES],
    pillars: [Pillar.SKILLS],
    startDate: "2025-01-06",
    partners: [{ partnerSlug: "office-of-adult-education", name: "Office of Adult Education", role: PartnerRole.REFERRAL }],
    outcomes: [{ metric: OutcomeMetricKind.PEOPLE_TRAINED, value: 48, periodStart: "2025-01-06", periodEnd: "2025-03-31" }],
  },
  {
    slug: "device-help-desk",
    title: ${literal(`${title} device help desk`)},
    summary: \`Walk-in help with a laptop, a phone or a home internet plan, twice a week. \${DEMO}\`,
    kind: InitiativeKind.NAVIGATION_SERVICE,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC],
    languages: [Language.EN],
    pillars: [Pillar.DEVICES, Pillar.ACCESS],
    startDate: "2025-02-03",
    partners: [{ partnerSlug: "pcs-for-people", name: "PCs for People", role: PartnerRole.DELIVERY }],
    outcomes: [{ metric: OutcomeMetricKind.VISITS, value: 130, periodStart: "2025-02-03", periodEnd: "2025-03-31" }],
  },
];

export const venues = [
  { initiative: "digital-skills-workshops", slug: "demo-parkway-central-library", name: "Parkway Central Library", address: "1901 Vine St", latitude: 39.95951, longitude: -75.17112 },
  { initiative: "digital-skills-workshops", slug: "demo-municipal-services-building", name: "Municipal Services Building", address: "1401 John F Kennedy Blvd", latitude: 39.95394, longitude: -75.16442 },
  { initiative: "device-help-desk", slug: "demo-one-parkway-building", name: "One Parkway Building", address: "1515 Arch St", latitude: 39.95474, longitude: -75.16634 },
];
`,
    },
    {
      path: "src/seed/seed.ts",
      contents: `import { seedDemoPlaces, upsertDemoInitiatives } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { ${names.initiativeType} } from "../initiatives/${names.name}-initiative.entity.js";
import { ${names.venueType} } from "../venues/${names.name}-venue.entity.js";
import { initiatives, venues } from "./demo-data.js";

/**
 * Loads the demo data in one transaction; running it again changes nothing. Demo venues stay away
 * once the department has real ones, and only hang off demo initiatives.
 */
export async function seed${names.pascal}(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const ids = await upsertDemoInitiatives(manager, ${names.initiativeType}, initiatives);
    const demoVenues = venues.filter(({ initiative }) => ids.has(initiative));
    await seedDemoPlaces(manager, ${names.venueType}, demoVenues.map(({ initiative, ...venue }) => ({ ...venue, initiativeId: ids.get(initiative) })), ["slug"]);
  });
}
`,
    },
  ];
}
