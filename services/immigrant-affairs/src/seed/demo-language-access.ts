import { Language, type PlaceRecord } from "@dlhub/schema";
import { LanguageAccessChannel } from "../language-access/language-access-channel.js";
import { type LanguageAccessService } from "../language-access/language-access-service.entity.js";
import { DEMO } from "./demo-data.js";

/**
 * DEMO DATA: how residents reach the demo initiatives in their language. 555-01xx numbers are
 * fictional by design. The walk-in ones are the Office's language-access desks, at demo venues.
 */
export const languageAccessServices: (Omit<LanguageAccessService, "id" | "initiativeId" | keyof PlaceRecord> & { initiative: string })[] = [
  {
    initiative: "multilingual-enrolment-help-line",
    slug: "demo-digital-access-help-line",
    name: "Digital access help line",
    languages: Object.values(Language),
    channels: [LanguageAccessChannel.PHONE, LanguageAccessChannel.TEXT_MESSAGE],
    howToReach: `Call 215-555-0142 and say, in English or your own language, which language you speak; an interpreter joins the call. Text the same number to be called back. ${DEMO}`,
    phone: "215-555-0142",
    hours: "Monday to Friday 9 a.m. to 6 p.m., Saturday 10 a.m. to 2 p.m.",
    venueSlug: null,
  },
  {
    initiative: "interpreters-at-computer-classes",
    slug: "demo-class-interpreter-requests",
    name: "Interpreter for a computer class",
    languages: [Language.ES, Language.ZH, Language.VI, Language.RU, Language.AR, Language.HT],
    channels: [LanguageAccessChannel.IN_PERSON_INTERPRETER, LanguageAccessChannel.VIDEO_INTERPRETER, LanguageAccessChannel.PHONE],
    howToReach: `Ask at the library branch or KEYSPOT that runs the class, or call 215-555-0167 with the class's name and date; an interpreter comes to the class or joins by tablet. ${DEMO}`,
    phone: "215-555-0167",
    hours: "Ask at least two weeks before the class",
    venueSlug: null,
  },
  {
    initiative: "multilingual-digital-skills-workshops",
    slug: "demo-seamaac-walk-in-sign-up",
    name: "Walk-in workshop sign-up at SEAMAAC",
    languages: [Language.VI, Language.ZH, Language.ES],
    channels: [LanguageAccessChannel.WALK_IN],
    howToReach: `Come to the SEAMAAC community room during open hours; staff who speak Vietnamese, Mandarin and Spanish sign you up for the next workshop. ${DEMO}`,
    phone: null,
    hours: "Tuesdays and Thursdays, 1 to 5 p.m.",
    venueSlug: "demo-seamaac-south-broad",
  },
  {
    initiative: "multilingual-digital-skills-workshops",
    slug: "demo-congreso-walk-in-sign-up",
    name: "Walk-in workshop sign-up at Congreso",
    languages: [Language.ES],
    channels: [LanguageAccessChannel.WALK_IN, LanguageAccessChannel.PHONE],
    howToReach: `Come to Congreso's front desk, or call 215-555-0188, and ask for the computer workshops in Spanish. ${DEMO}`,
    phone: "215-555-0188",
    hours: "Monday to Friday, 9 a.m. to 4 p.m.",
    venueSlug: "demo-congreso-american-street",
  },
  {
    initiative: "multilingual-digital-skills-workshops",
    slug: "demo-translated-workshop-guides",
    name: "Translated workshop guides",
    languages: [Language.ES, Language.ZH, Language.VI, Language.AR, Language.FR, Language.HT, Language.PT, Language.RU, Language.SW],
    channels: [LanguageAccessChannel.TRANSLATED_MATERIALS],
    howToReach: `Printed guides to each workshop session, at every workshop venue and at library information desks; ask for the guide in your language. ${DEMO}`,
    phone: null,
    hours: null,
    venueSlug: null,
  },
  {
    initiative: "community-partner-outreach",
    slug: "demo-northeast-community-day-table",
    name: "Community-day table at Northeast Regional Library",
    languages: [Language.PT, Language.RU, Language.ES, Language.AR],
    channels: [LanguageAccessChannel.WALK_IN],
    howToReach: `Stop by the outreach table in the library's lobby; outreach workers who speak Portuguese, Russian, Spanish and Arabic help with sign-ups on the spot. ${DEMO}`,
    phone: null,
    hours: "Second Saturday of the month, 11 a.m. to 3 p.m.",
    venueSlug: "demo-northeast-regional-library",
  },
];
