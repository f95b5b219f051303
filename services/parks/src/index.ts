export { parks } from "./department.js";
export { RecreationCenter, RecreationCenterStatus } from "./recreation-centers/recreation-center.entity.js";
export { ParksInitiative } from "./initiatives/parks-initiative.entity.js";
export * from "./import/index.js";
