export { KIT_CONTRACT_MIGRATIONS_END, migrationTimestamp } from "./migration-timestamp.js";
export { type DepartmentNames, defaultTitle, departmentNames } from "./names.js";
export { type ScaffoldOptions, type ScaffoldResult, ScaffoldTargetExists, scaffoldDepartment } from "./scaffold.js";
export { type WorkspaceChanges, findRepositoryRoot, joinWorkspace, nextDepartmentPort } from "./workspace.js";
