import { Department } from "@dlhub/schema";
import { assertPageOf, statedDepartmentId } from "./page-department.js";

describe("the department a feed page states", () => {
  it("is its departmentId, else the id of the legacy enum value an older department build sends alone", () => {
    expect(statedDepartmentId({ departmentId: "arts-culture" })).toBe("arts-culture");
    expect(statedDepartmentId({ departmentId: "immigrant-affairs", department: Department.IMMIGRANT_AFFAIRS })).toBe("immigrant-affairs");
    expect(statedDepartmentId({ department: Department.IMMIGRANT_AFFAIRS })).toBe("immigrant-affairs");
    expect(statedDepartmentId({})).toBeNull();
  });

  it("must be the feed's own department, on the page and on every change in it", () => {
    expect(() => assertPageOf("parks", { department: Department.PARKS }, [{ departmentId: "parks" }, {}])).not.toThrow();
    expect(() => assertPageOf("commerce", { departmentId: "parks" }, [])).toThrow("the feed says it is department parks; it is published as commerce");
    expect(() => assertPageOf("commerce", {}, [])).toThrow("the feed names no department; it is published as commerce");
    expect(() => assertPageOf("commerce", { departmentId: "commerce" }, [{ departmentId: "parks" }])).toThrow(
      "the feed lists a change of department parks; it is published as commerce",
    );
  });
});
