export { commerce } from "./department.js";
export { CommercialCorridor } from "./corridors/commercial-corridor.entity.js";
export { BusinessCohort } from "./cohorts/business-cohort.entity.js";
export { BusinessServed, CommerceIndustryCategory } from "./cohorts/business-served.entity.js";
export { WorkforceGrant } from "./grants/workforce-grant.entity.js";
export { CommerceInitiative } from "./initiatives/commerce-initiative.entity.js";
