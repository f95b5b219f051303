import { Department } from "@dlhub/schema";
import { chosenDepartmentIds } from "./department-filter.js";

describe("chosenDepartmentIds", () => {
  it("takes registered ids, or reads the deprecated enum values as the ids of the departments they name", () => {
    expect(chosenDepartmentIds({ departmentIds: ["arts-culture", "libraries", "arts-culture"] })).toEqual(["arts-culture", "libraries"]);
    expect(chosenDepartmentIds({ departments: [Department.IMMIGRANT_AFFAIRS, Department.IT] })).toEqual(["immigrant-affairs", "it"]);
    expect(chosenDepartmentIds({})).toBeUndefined();
    expect(chosenDepartmentIds({ departmentIds: [] })).toBeUndefined();
  });

  it("refuses both at once, and an overlong list, as BAD_USER_INPUT naming the field", () => {
    expect(() => chosenDepartmentIds({ departmentIds: ["it"], departments: [Department.IT] })).toThrow(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "filter.departments" } }),
    );
    expect(() => chosenDepartmentIds({ departmentIds: Array.from({ length: 101 }, (_, i) => `d${i}`) }, "where")).toThrow(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "where.departmentIds" } }),
    );
  });
});
