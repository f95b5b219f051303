export { departmentFieldsResolver, feedDepartmentResolver, legacyDepartmentResolver } from "./department-fields.resolver.js";
export { chosenDepartmentIds, type DepartmentChoice } from "./department-filter.js";
export { LEGACY_DEPARTMENT_FIELD, departmentFields, type DepartmentFields, departmentNameById, departmentNameSql } from "./department-names.js";
export { RegisteredDepartment } from "./registered-department.entity.js";
