export { libraries } from "./department.js";
export { LibraryBranch, BranchType } from "./branches/library-branch.entity.js";
export { LibraryInitiative } from "./initiatives/library-initiative.entity.js";
export * from "./import/index.js";
