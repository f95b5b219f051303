import { Language } from "@dlhub/schema";

/**
 * DEMO DATA: grant rounds, grants, navigator programs, device distribution days and Pitch & Pilot
 * calls. Round names, years, funders and ranges follow the City's announcements; which grantees
 * appear here (a few of each round's awards) and their amounts are illustrative. Round keys start
 * with `demo-`, so they never meet the rounds the grants file names.
 */

export const grantRounds = [
  { slug: "demo-2019-census", name: "Round 3: 2020 Census / Philly Counts", year: 2019, funder: "Digital Literacy Alliance fund (Comcast and Verizon seed)", focus: "2020 Census / Philly Counts", totalAmountUsd: 200000 },
  { slug: "demo-winter-2020-immigrant-lep", name: "Winter 2020: immigrant and limited-English communities", year: 2021, funder: "Independence Public Media Foundation", focus: "Immigrant and limited-English communities", totalAmountUsd: 175000 },
];

const DLA = "digital-literacy-alliance-grants";

export const grants = [
  { round: "demo-2019-census", initiative: DLA, granteePartnerSlug: "congreso", granteeName: "Congreso de Latinos Unidos", amountUsd: 25000, focus: "Census participation", projectSummary: "Census helpers at the Congreso computer lab walk Spanish-speaking residents through the online questionnaire." },
  { round: "demo-2019-census", initiative: DLA, granteePartnerSlug: "philadelphia-fight", granteeName: "Philadelphia FIGHT", amountUsd: 20000, focus: "Census participation", projectSummary: "Census completion help in the Institute for Community Justice lab for returning citizens." },
  { round: "demo-2019-census", initiative: DLA, granteePartnerSlug: "peoples-emergency-center", granteeName: "People's Emergency Center", amountUsd: 40000, focus: "Census participation", projectSummary: "A collaborative of West Philadelphia computer labs trains neighbourhood census ambassadors and runs census kiosk hours." },
  { round: "demo-winter-2020-immigrant-lep", initiative: DLA, granteePartnerSlug: "seamaac", granteeName: "SEAMAAC", amountUsd: 25000, focus: "Immigrant digital literacy", projectSummary: "Smartphone and video-call skills taught in Vietnamese, Chinese and other community languages." },
  { round: "demo-winter-2020-immigrant-lep", initiative: DLA, granteePartnerSlug: "welcoming-center", granteeName: "Welcoming Center", amountUsd: 25000, focus: "Immigrant workforce skills", projectSummary: "Online job-search and professional-profile workshops for immigrant job seekers." },
  { round: "demo-winter-2020-immigrant-lep", initiative: DLA, granteePartnerSlug: "jefferson-esperanza-health-center", granteeName: "Jefferson University and Esperanza Health Center", amountUsd: 30000, focus: "Digital health", projectSummary: "Finding and lowering the barriers immigrant and limited-English patients face with digital health services." },
];

export const navigatorPrograms = [
  { initiative: "digital-navigators", slug: "excite-center-navigators", name: "ExCITe Center Digital Navigators", providerPartnerSlug: "drexel-university", providerName: "Drexel University ExCITe Center", phoneLine: "2-1-1", languages: [Language.EN, Language.ES], startedOn: "2020-09-14" },
  { initiative: "digital-navigators", slug: "seamaac-navigators", name: "SEAMAAC multilingual Digital Navigators", providerPartnerSlug: "seamaac", providerName: "SEAMAAC", phoneLine: "2-1-1", languages: [Language.VI, Language.ZH, Language.AR], startedOn: "2020-09-14" },
  { initiative: "phlconnected", slug: "phlconnected-help-line", name: "PHLConnectED 2-1-1 help line", providerPartnerSlug: "united-way-2-1-1", providerName: "United Way 2-1-1", phoneLine: "2-1-1", languages: [Language.EN, Language.ES], startedOn: "2020-08-01" },
];

const PCS = { initiative: "pcs-for-people-device-distribution", partnerSlug: "pcs-for-people", partnerName: "PCs for People" };

/** Four days in 2024 that add up to the 900 devices OIT reported for the year. */
export const deviceDistributions = [
  { ...PCS, heldOn: "2024-03-16", locationName: "Happy Hollow Recreation Center", address: "4740 Wayne Ave", latitude: 40.02375, longitude: -75.16496, devicesDistributed: 240 },
  { ...PCS, heldOn: "2024-05-18", locationName: "Congreso de Latinos Unidos", address: "2800 N American St", latitude: 39.99379, longitude: -75.13641, devicesDistributed: 210 },
  { ...PCS, heldOn: "2024-08-24", locationName: "Kingsessing Recreation Center", address: "4901 Kingsessing Ave", latitude: 39.94308, longitude: -75.21547, devicesDistributed: 200 },
  { ...PCS, heldOn: "2024-10-26", locationName: "J. Finnegan Recreation Center", address: "6801 Grovers Ave", latitude: 39.91466, longitude: -75.22532, devicesDistributed: 250 },
];

export const pitchAndPilotChallenges = [
  { initiative: "pitch-and-pilot", slug: "zero-waste-2019", title: "Zero-waste technology", theme: "Zero waste", launchedOn: "2019-12-16", maxAwardPerPilotUsd: 34000, pilotsSelected: 2 },
  { initiative: "pitch-and-pilot", slug: "digital-access-2022", title: "Getting residents online", theme: "Digital access", launchedOn: "2022-09-12", maxAwardPerPilotUsd: 25000, pilotsSelected: 1 },
];
