import { type PlaceRecord, SiteKind } from "@dlhub/schema";
import { type ImmigrantAffairsVenue } from "../venues/immigrant-affairs-venue.entity.js";

/**
 * DEMO DATA: where the demo initiatives meet. Library branches and KEYSPOTs carry the addresses
 * and coordinates the libraries and IT subgraphs use for them, so the hub sees one place. Slugs
 * start with `demo-`, so no real venue can take one's key.
 */
export const venues: (Omit<ImmigrantAffairsVenue, "id" | "initiativeId" | keyof PlaceRecord> & { initiative: string })[] = [
  { initiative: "multilingual-digital-skills-workshops", slug: "demo-seamaac-south-broad", kind: SiteKind.PARTNER_SITE, name: "SEAMAAC community room", address: "1711 S Broad St", latitude: 39.92948, longitude: -75.16903 },
  { initiative: "multilingual-digital-skills-workshops", slug: "demo-congreso-american-street", kind: SiteKind.PARTNER_SITE, name: "Congreso de Latinos Unidos", address: "2800 N American St", latitude: 39.99379, longitude: -75.13641 },
  { initiative: "multilingual-digital-skills-workshops", slug: "demo-whitman-library", kind: SiteKind.LIBRARY_BRANCH, name: "Whitman Library", address: "200 Snyder Ave", latitude: 39.92163, longitude: -75.15028 },
  { initiative: "interpreters-at-computer-classes", slug: "demo-logan-library", kind: SiteKind.LIBRARY_BRANCH, name: "Logan Library", address: "1333 Wagner Ave", latitude: 40.03178, longitude: -75.14533 },
  { initiative: "interpreters-at-computer-classes", slug: "demo-kensington-library", kind: SiteKind.LIBRARY_BRANCH, name: "Kensington Library", address: "104 W Dauphin St", latitude: 39.9847, longitude: -75.13266 },
  { initiative: "interpreters-at-computer-classes", slug: "demo-philadelphia-fight-keyspot", kind: SiteKind.KEYSPOT, name: "Philadelphia FIGHT KEYSPOT", address: "21 S 12th St", latitude: 39.951427, longitude: -75.159805 },
  { initiative: "community-partner-outreach", slug: "demo-fumo-family-library", kind: SiteKind.LIBRARY_BRANCH, name: "Fumo Family Library", address: "2437 S Broad St", latitude: 39.91979, longitude: -75.17035 },
  { initiative: "community-partner-outreach", slug: "demo-northeast-regional-library", kind: SiteKind.LIBRARY_BRANCH, name: "Northeast Regional Library", address: "2228 Cottman Ave", latitude: 40.04847, longitude: -75.06043 },
  { initiative: "smartphone-basics-for-new-arrivals", slug: "demo-pec-families-first", kind: SiteKind.KEYSPOT, name: "PEC Families First KEYSPOT", address: "3939 Warren St", latitude: 39.96197, longitude: -75.20138 },
];
