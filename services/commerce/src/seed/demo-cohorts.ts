import { Language } from "@dlhub/schema";
import { CommerceIndustryCategory as Industry } from "../cohorts/business-served.entity.js";

/**
 * DEMO DATA: cohorts, the businesses they served and workforce grants. Every business is
 * invented and carries "(demo)" in its name, so no real shop is ever shown as a program
 * participant. Cohorts refer to initiatives by slug and to corridors by id.
 */

const demo = (name: string) => `${name} (demo)`;

export const cohorts = [
  { slug: "pub-2024-spring-germantown", initiative: "power-up-your-business", corridorId: "demo-germantown-ave-chelten", name: "Power Up Your Business: Spring 2024, Germantown", startsOn: "2024-02-06", endsOn: "2024-05-14", language: Language.EN, businessesEnrolled: 22, businessesCompleted: 18 },
  { slug: "pub-2024-fall-52nd-st", initiative: "power-up-your-business", corridorId: "demo-52nd-st-west-philadelphia", name: "Power Up Your Business: Fall 2024, 52nd Street", startsOn: "2024-09-10", endsOn: "2024-12-10", language: Language.EN, businessesEnrolled: 20, businessesCompleted: 15 },
  { slug: "sbdc-ecommerce-2024-frankford", initiative: "temple-sbdc-ecommerce", corridorId: "demo-frankford-ave-kensington", name: "eCommerce launch cohort: Frankford Ave", startsOn: "2024-03-04", endsOn: "2024-06-24", language: Language.EN, businessesEnrolled: 15, businessesCompleted: 12 },
  { slug: "storefront-2024-east-passyunk", initiative: "storefront-digital-marketing-workshops", corridorId: "demo-east-passyunk-ave", name: "Storefront digital marketing: East Passyunk", startsOn: "2024-10-02", endsOn: "2024-11-20", language: Language.EN, businessesEnrolled: 14, businessesCompleted: 11 },
  { slug: "clinic-2024-centro-de-oro-es", initiative: "multilingual-online-presence-clinic", corridorId: "demo-n-5th-st-el-centro-de-oro", name: "Clínica de presencia en línea: El Centro de Oro", startsOn: "2024-04-09", endsOn: "2024-06-11", language: Language.ES, businessesEnrolled: 16, businessesCompleted: 13 },
  { slug: "clinic-2024-castor-ave-ar", initiative: "multilingual-online-presence-clinic", corridorId: "demo-castor-ave-oxford-circle", name: "Online-presence clinic in Arabic: Castor Ave", startsOn: "2024-07-09", endsOn: "2024-09-03", language: Language.AR, businessesEnrolled: 11, businessesCompleted: 9 },
  { slug: "clinic-2024-online-zh", initiative: "multilingual-online-presence-clinic", corridorId: null, name: "Online-presence clinic in Chinese (online)", startsOn: "2024-10-15", endsOn: "2024-12-03", language: Language.ZH, businessesEnrolled: 10, businessesCompleted: 7 },
];

export const businesses = [
  { cohort: "pub-2024-spring-germantown", businessName: demo("Chelten Corner Books & Coffee"), corridorId: "demo-germantown-ave-chelten", industry: Industry.RETAIL, ownerLanguage: Language.EN, completed: true },
  { cohort: "pub-2024-spring-germantown", businessName: demo("Maplewood Braids Studio"), corridorId: "demo-germantown-ave-chelten", industry: Industry.PERSONAL_CARE, ownerLanguage: Language.EN, completed: true },
  { cohort: "pub-2024-spring-germantown", businessName: demo("Wister Tax & Notary"), corridorId: "demo-germantown-ave-chelten", industry: Industry.PROFESSIONAL_SERVICES, ownerLanguage: Language.EN, completed: false },
  { cohort: "pub-2024-fall-52nd-st", businessName: demo("Fifty-Second Street Sneaker Exchange"), corridorId: "demo-52nd-st-west-philadelphia", industry: Industry.RETAIL, ownerLanguage: Language.EN, completed: true },
  { cohort: "pub-2024-fall-52nd-st", businessName: demo("Millbourne Jerk Kitchen"), corridorId: "demo-52nd-st-west-philadelphia", industry: Industry.FOOD_SERVICE, ownerLanguage: Language.EN, completed: false },
  { cohort: "sbdc-ecommerce-2024-frankford", businessName: demo("Frankford Flats Vintage"), corridorId: "demo-frankford-ave-kensington", industry: Industry.RETAIL, ownerLanguage: Language.EN, completed: true },
  { cohort: "sbdc-ecommerce-2024-frankford", businessName: demo("Berks Street Bike Repair"), corridorId: "demo-frankford-ave-kensington", industry: Industry.REPAIR_SERVICES, ownerLanguage: Language.EN, completed: true },
  { cohort: "storefront-2024-east-passyunk", businessName: demo("Tasker Street Pasta Co."), corridorId: "demo-east-passyunk-ave", industry: Industry.FOOD_SERVICE, ownerLanguage: Language.EN, completed: true },
  { cohort: "storefront-2024-east-passyunk", businessName: demo("Fountain Square Florals"), corridorId: "demo-east-passyunk-ave", industry: Industry.RETAIL, ownerLanguage: Language.EN, completed: false },
  { cohort: "clinic-2024-centro-de-oro-es", businessName: demo("Colmado Lehigh"), corridorId: "demo-n-5th-st-el-centro-de-oro", industry: Industry.GROCERY, ownerLanguage: Language.ES, completed: true },
  { cohort: "clinic-2024-centro-de-oro-es", businessName: demo("Salón Bella Isla"), corridorId: "demo-n-5th-st-el-centro-de-oro", industry: Industry.PERSONAL_CARE, ownerLanguage: Language.ES, completed: true },
  { cohort: "clinic-2024-centro-de-oro-es", businessName: demo("Repostería Doña Carmen"), corridorId: "demo-n-5th-st-el-centro-de-oro", industry: Industry.FOOD_SERVICE, ownerLanguage: Language.ES, completed: false },
  { cohort: "clinic-2024-castor-ave-ar", businessName: demo("Oxford Circle Phone Repair"), corridorId: "demo-castor-ave-oxford-circle", industry: Industry.REPAIR_SERVICES, ownerLanguage: Language.AR, completed: true },
  { cohort: "clinic-2024-castor-ave-ar", businessName: demo("Castor Halal Market"), corridorId: "demo-castor-ave-oxford-circle", industry: Industry.GROCERY, ownerLanguage: Language.AR, completed: true },
  { cohort: "clinic-2024-online-zh", businessName: demo("Lucky Bamboo Alterations"), corridorId: null, industry: Industry.PERSONAL_CARE, ownerLanguage: Language.ZH, completed: true },
  { cohort: "clinic-2024-online-zh", businessName: demo("Golden Lantern Takeout"), corridorId: "demo-castor-ave-oxford-circle", industry: Industry.FOOD_SERVICE, ownerLanguage: Language.ZH, completed: false },
];

export const workforceGrants = [
  { initiative: "workforce-call-for-ideas-digital-skills", granteeSlug: "congreso", granteeName: "Congreso de Latinos Unidos", amountUsd: 40000, fiscalYear: "FY2024", purpose: "Spanish-language digital skills for workers in shops along N 5th St." },
  { initiative: "workforce-call-for-ideas-digital-skills", granteeSlug: "peoples-emergency-center", granteeName: "People's Emergency Center", amountUsd: 35000, fiscalYear: "FY2025", purpose: "Digital job-readiness for West Philadelphia residents hired by 52nd Street businesses." },
  { initiative: "multilingual-online-presence-clinic", granteeSlug: "welcoming-center", granteeName: "Welcoming Center", amountUsd: 60000, fiscalYear: "FY2025", purpose: "Coaches who speak the owners' languages for the online-presence clinic." },
];
