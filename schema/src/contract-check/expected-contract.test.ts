import { Department, Pillar } from "../contract/enums";
import { expectedContract } from "./expected-contract";

describe("expectedContract", () => {
  const contract = expectedContract();

  it("derives the initiative's fields from the contract classes", () => {
    expect(Object.fromEntries(contract.initiativeFields)).toEqual({
      id: "ID!",
      slug: "String!",
      title: "String!",
      summary: "String!",
      kind: "InitiativeKind!",
      status: "InitiativeStatus!",
      audiences: "[Audience!]!",
      languages: "[Language!]!",
      pillars: "[Pillar!]!",
      startDate: "LocalDate!",
      endDate: "LocalDate",
      isDemo: "Boolean!",
      createdAt: "DateTime!",
      updatedAt: "DateTime!",
      version: "Int!",
      departmentId: "ID!",
      sites: "[InitiativeSite!]!",
      partners: "[InitiativePartner!]!",
      outcomes: "[OutcomeMetric!]!",
    });
  });

  it("takes every enum of enums.ts, values in declaration order", () => {
    expect([...contract.enums.keys()].sort()).toEqual(
      ["Audience", "Department", "InitiativeKind", "InitiativeStatus", "Language", "OutcomeMetricKind", "PartnerRole", "Pillar", "PlaceStatus", "SiteKind"],
    );
    expect(contract.enums.get("Department")).toEqual(Object.values(Department));
    expect(contract.enums.get("Pillar")).toEqual(Object.values(Pillar));
    expect(contract.departmentEnum).toBe("Department");
  });

  it("knows the scalars and the @shareable value types", () => {
    expect(contract.scalars).toEqual(["LocalDate", "DateTime"]);
    expect([...contract.valueTypes.keys()].sort()).toEqual(["InitiativePartner", "InitiativeSite", "OutcomeMetric"]);
    for (const valueType of contract.valueTypes.values()) expect(valueType.shareable).toBe(true);
    expect(Object.fromEntries(contract.valueTypes.get("OutcomeMetric")?.fields ?? [])).toEqual({
      metric: "OutcomeMetricKind!",
      value: "Int!",
      periodStart: "LocalDate!",
      periodEnd: "LocalDate!",
    });
  });

  it("is built once", () => {
    expect(expectedContract()).toBe(contract);
  });
});
