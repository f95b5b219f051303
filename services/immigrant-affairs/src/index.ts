export { immigrantAffairs } from "./department.js";
export { ImmigrantAffairsInitiative } from "./initiatives/immigrant-affairs-initiative.entity.js";
export { ImmigrantAffairsVenue } from "./venues/immigrant-affairs-venue.entity.js";
export { LanguageAccessChannel } from "./language-access/language-access-channel.js";
export { LanguageAccessService } from "./language-access/language-access-service.entity.js";
