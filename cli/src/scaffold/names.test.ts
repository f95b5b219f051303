import { defaultTitle, departmentNames } from "./names";
import { KIT_CONTRACT_MIGRATIONS_END, migrationTimestamp } from "./migration-timestamp";

describe("departmentNames", () => {
  it("derives every name from the subgraph name", () => {
    expect(departmentNames("immigrant-affairs")).toEqual({
      name: "immigrant-affairs",
      packageName: "@dlhub/immigrant-affairs",
      pascal: "ImmigrantAffairs",
      camel: "immigrantAffairs",
      definition: "immigrantAffairs",
      envPrefix: "IMMIGRANT_AFFAIRS",
      detailField: "immigrantAffairs",
      initiativeType: "ImmigrantAffairsInitiative",
      venueType: "ImmigrantAffairsVenue",
    });
  });

  it("follows the contract's detail-field rule, its historical exception included", () => {
    expect(departmentNames("libraries").detailField).toBe("library");
    expect(departmentNames("it").detailField).toBe("it");
  });

  it("never makes a JavaScript reserved word the definition's name", () => {
    expect(departmentNames("new").definition).toBe("newDepartment");
  });

  it("refuses a name that is not lower kebab-case, saying what it expected", () => {
    expect(() => departmentNames("Immigrant_Affairs")).toThrow('Expected a subgraph name in lower kebab-case (e.g. "immigrant-affairs"), got "Immigrant_Affairs".');
  });
});

describe("defaultTitle", () => {
  it("titles a name in words", () => {
    expect(defaultTitle("immigrant-affairs")).toBe("Immigrant Affairs");
  });
});

describe("migrationTimestamp", () => {
  it("is yyyyMMddHHmmss in UTC", () => {
    expect(migrationTimestamp(new Date("2027-03-04T05:06:07Z"))).toBe("20270304050607");
  });

  it("comes after the kit's contract migrations even when the clock is earlier", () => {
    expect(migrationTimestamp(new Date("2026-11-28T09:00:00Z"))).toBe("20261201000002");
    expect(migrationTimestamp(new Date("2020-01-01T00:00:00Z")) > KIT_CONTRACT_MIGRATIONS_END).toBe(true);
  });
});
