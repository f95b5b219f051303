export { itDepartment } from "./department.js";
export { ItInitiative } from "./initiatives/it-initiative.entity.js";
export { KeyspotHostKind, KeyspotSite } from "./keyspots/keyspot-site.entity.js";
export { GrantRound } from "./grants/grant-round.entity.js";
export { DlaGrant } from "./grants/dla-grant.entity.js";
export * from "./import/index.js";
