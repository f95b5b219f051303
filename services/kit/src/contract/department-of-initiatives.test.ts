import { Department, InitiativeContract } from "@dlhub/schema";
import { departmentOfFeed } from "./feed-department";
import { initiativeContract } from "./initiative-contract";

class StandInInitiative extends InitiativeContract {}

const options = { initiative: StandInInitiative, listField: "standIns", singleField: "standIn", detailField: "parks", sitesSql: "SELECT 1" };

describe("a department's id and its legacy Department value", () => {
  it("refuses a legacy value that is not the department's own, naming the one that fits", () => {
    expect(() => initiativeContract({ ...options, name: "parks", legacyDepartment: Department.LIBRARIES })).toThrow(
      "legacyDepartment LIBRARIES is not the parks department's value; its value is PARKS.",
    );
    expect(() => initiativeContract({ ...options, name: "arts-culture", legacyDepartment: Department.AGING })).toThrow(/it has none in the closed list, so leave legacyDepartment out/);
  });

  it("puts departmentId on every feed page and snapshot, and department only for a listed department", () => {
    expect(departmentOfFeed({ departmentId: "arts-culture" })).toEqual({ departmentId: "arts-culture" });
    expect(departmentOfFeed({ departmentId: "immigrant-affairs", legacyDepartment: Department.IMMIGRANT_AFFAIRS })).toEqual({
      departmentId: "immigrant-affairs",
      department: Department.IMMIGRANT_AFFAIRS,
    });
  });
});
