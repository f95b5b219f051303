import { type PlaceRecord } from "@dlhub/schema";
import { KeyspotHostKind, type KeyspotSite } from "../keyspots/keyspot-site.entity.js";

/**
 * DEMO DATA: KEYSPOT centres at the hosts every department's demo data agrees on (branch codes and
 * rec-centre asset ids are the libraries and parks subgraphs' demo keys, `demo-` and the public
 * key). Addresses and coordinates are from the 2015 KEYSPOT location list, and so is the site type
 * of the rec-centre and non-profit sites; workstations and hours are invented within the standard.
 * Slugs start with `demo-`, so a real site imported later never takes a demo site's numbers.
 */

type Host = Pick<KeyspotSite, "hostKind" | "hostBranchCode" | "hostRecreationCenterAssetId" | "hostPartnerSlug" | "typeCode">;

// Every host column is written on every row, so re-seeding a site with a new host clears the old one.
const branch = (code: string): Host => ({ hostKind: KeyspotHostKind.LIBRARY_BRANCH, hostBranchCode: code, hostRecreationCenterAssetId: null, hostPartnerSlug: null, typeCode: null });
const recCenter = (assetId: string): Host => ({ hostKind: KeyspotHostKind.RECREATION_CENTER, hostBranchCode: null, hostRecreationCenterAssetId: assetId, hostPartnerSlug: null, typeCode: "PPR" });
const nonProfit = (partnerSlug: string): Host => ({ hostKind: KeyspotHostKind.COMMUNITY_ORGANIZATION, hostBranchCode: null, hostRecreationCenterAssetId: null, hostPartnerSlug: partnerSlug, typeCode: "Non-Profit" });

export const keyspotSites: (Omit<KeyspotSite, "id" | "initiativeId" | keyof PlaceRecord> & { initiative: string })[] = [
  { initiative: "keyspot-network", slug: "demo-logan-library", name: "Logan Library KEYSPOT", address: "1333 Wagner Ave", latitude: 40.03178, longitude: -75.14533, workstations: 8, weeklyOpenHours: 30, ...branch("demo-52022") },
  { initiative: "keyspot-network", slug: "demo-kensington-library", name: "Kensington Library KEYSPOT", address: "104 W Dauphin St", latitude: 39.9847, longitude: -75.13266, workstations: 6, weeklyOpenHours: 24, ...branch("demo-52018") },
  { initiative: "keyspot-network", slug: "demo-happy-hollow", name: "Happy Hollow Recreation Center KEYSPOT", address: "4740 Wayne Ave", latitude: 40.02375, longitude: -75.16496, workstations: 12, weeklyOpenHours: 40, ...recCenter("demo-1032") },
  { initiative: "keyspot-network", slug: "demo-kingsessing", name: "Kingsessing Recreation Center KEYSPOT", address: "4901 Kingsessing Ave", latitude: 39.94308, longitude: -75.21547, workstations: 8, weeklyOpenHours: 20, ...recCenter("demo-1120") },
  { initiative: "keyspot-network", slug: "demo-rivera", name: "Rivera Recreation Center KEYSPOT", address: "3201 N 5th St", latitude: 39.99984, longitude: -75.13835, workstations: 6, weeklyOpenHours: 20, ...recCenter("demo-1201") },
  { initiative: "keyspot-network", slug: "demo-martin-luther-king", name: "Martin Luther King Jr. Recreation Center KEYSPOT", address: "2101 Cecil B. Moore Ave", latitude: 39.98103, longitude: -75.16991, workstations: 8, weeklyOpenHours: 25, ...recCenter("demo-1045") },
  { initiative: "keyspot-network", slug: "demo-philadelphia-fight", name: "Philadelphia FIGHT KEYSPOT", address: "21 S 12th St", latitude: 39.951427, longitude: -75.159805, workstations: 10, weeklyOpenHours: 35, ...nonProfit("philadelphia-fight") },
  { initiative: "keyspot-network", slug: "demo-congreso", name: "Congreso KEYSPOT", address: "2800 N American St", latitude: 39.99379, longitude: -75.13641, workstations: 12, weeklyOpenHours: 40, ...nonProfit("congreso") },
  { initiative: "keyspot-network", slug: "demo-dornsife-center", name: "Dornsife Center KEYSPOT", address: "3509 Spring Garden St", latitude: 39.96299, longitude: -75.19363, workstations: 10, weeklyOpenHours: 20, ...nonProfit("drexel-university") },
  { initiative: "keyspot-network", slug: "demo-pec-families-first", name: "PEC Families First KEYSPOT", address: "3939 Warren St", latitude: 39.96197, longitude: -75.20138, workstations: 6, weeklyOpenHours: 18, ...nonProfit("peoples-emergency-center") },
];
