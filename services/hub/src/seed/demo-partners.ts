import { upsertRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { Partner, PartnerKind } from "../partners/partner.entity.js";

/**
 * DEMO DATA: partner organisations the demo initiatives refer to. Names are the organisations'
 * public names (several are Digital Literacy Alliance members); contacts are left empty.
 */
const partners: Omit<Partner, "contactName" | "contactEmail" | "isDemo">[] = [
  { slug: "comcast", name: "Comcast", kind: PartnerKind.COMPANY, website: "https://corporate.comcast.com", dlaMember: true },
  { slug: "verizon", name: "Verizon", kind: PartnerKind.COMPANY, website: null, dlaMember: true },
  { slug: "at-and-t", name: "AT&T", kind: PartnerKind.COMPANY, website: null, dlaMember: true },
  { slug: "drexel-university", name: "Drexel University", kind: PartnerKind.UNIVERSITY, website: "https://drexel.edu", dlaMember: true },
  { slug: "temple-university-sbdc", name: "Temple University Small Business Development Center", kind: PartnerKind.UNIVERSITY, website: null, dlaMember: false },
  { slug: "community-college-of-philadelphia", name: "Community College of Philadelphia", kind: PartnerKind.SCHOOL, website: null, dlaMember: false },
  { slug: "knight-foundation", name: "Knight Foundation", kind: PartnerKind.FOUNDATION, website: null, dlaMember: true },
  { slug: "ipm-fund", name: "Independence Public Media Foundation", kind: PartnerKind.FOUNDATION, website: null, dlaMember: false },
  { slug: "office-of-adult-education", name: "Office of Adult Education", kind: PartnerKind.GOVERNMENT, website: null, dlaMember: true },
  { slug: "pa-broadband-development-authority", name: "Pennsylvania Broadband Development Authority", kind: PartnerKind.GOVERNMENT, website: null, dlaMember: false },
  { slug: "united-way-2-1-1", name: "United Way 2-1-1", kind: PartnerKind.COMMUNITY_ORGANIZATION, website: null, dlaMember: false },
  { slug: "pcs-for-people", name: "PCs for People", kind: PartnerKind.COMMUNITY_ORGANIZATION, website: null, dlaMember: false },
  { slug: "seamaac", name: "SEAMAAC", kind: PartnerKind.COMMUNITY_ORGANIZATION, website: null, dlaMember: false },
  { slug: "welcoming-center", name: "Welcoming Center", kind: PartnerKind.COMMUNITY_ORGANIZATION, website: null, dlaMember: true },
  { slug: "philadelphia-fight", name: "Philadelphia FIGHT", kind: PartnerKind.COMMUNITY_ORGANIZATION, website: null, dlaMember: true },
  { slug: "congreso", name: "Congreso de Latinos Unidos", kind: PartnerKind.COMMUNITY_ORGANIZATION, website: null, dlaMember: false },
  { slug: "peoples-emergency-center", name: "People's Emergency Center", kind: PartnerKind.COMMUNITY_ORGANIZATION, website: null, dlaMember: true },
];

export async function seedDemoPartners(dataSource: DataSource): Promise<void> {
  await dataSource.transaction((manager) => upsertRows(manager, Partner, partners.map((partner) => ({ ...partner, isDemo: true })), ["slug"]));
}
