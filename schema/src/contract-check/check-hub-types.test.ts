import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, print, visit } from "graphql";
import { REPOSITORY_ROOT } from "../federation/subgraph-list";
import { checkContract } from "./check-contract";
import { ContractRule } from "./rules";

const sdlOf = (name: string) => readFileSync(join(REPOSITORY_ROOT, "services", name, "schema.graphql"), "utf8");
const hubSdl = sdlOf("hub");
const parks = sdlOf("parks");

const problemsOf = (sdl: string, withHub = true) =>
  checkContract(sdl, { name: "parks", ...(withHub ? { hubSdl } : {}) }).problems.map(({ rule, type, field }) => ({ rule, type, field }));

describe("checkContract HUB_TYPES", () => {
  it("names a hub type the department defines again", () => {
    expect(problemsOf(`${parks}\ntype Neighborhood { id: ID! }\n`)).toEqual([{ rule: ContractRule.HUB_TYPES, type: "Neighborhood", field: undefined }]);
    expect(problemsOf(`${parks}\nenum NeedBasis { POPULATION }\n`)).toEqual([{ rule: ContractRule.HUB_TYPES, type: "NeedBasis", field: undefined }]);
  });

  it("lets a department extend a hub entity by the hub's key with its own fields", () => {
    const extension = 'type Neighborhood @key(fields: "id") { id: ID! recreationCenters: [RecreationCenter!]! }';
    expect(problemsOf(`${parks}\n${extension}\n`)).toEqual([]);
  });

  it("names a hub field an entity extension resolves again", () => {
    const extension = 'type Neighborhood @key(fields: "id") { id: ID! name: String! mapName: String! @external }';
    expect(problemsOf(`${parks}\n${extension}\n`)).toEqual([{ rule: ContractRule.HUB_TYPES, type: "Neighborhood", field: "name" }]);
  });

  it("does not take a key the hub does not resolve by as an extension", () => {
    const extension = 'type Neighborhood @key(fields: "name") { name: String! }';
    expect(problemsOf(`${parks}\n${extension}\n`)).toEqual([{ rule: ContractRule.HUB_TYPES, type: "Neighborhood", field: undefined }]);
  });

  it("names a contract value type that is not @shareable, with or without the hub", () => {
    const sdl = parks.replace("type InitiativeSite\n  @shareable\n", "type InitiativeSite\n");
    expect(sdl).not.toBe(parks);
    expect(problemsOf(sdl)).toEqual([{ rule: ContractRule.HUB_TYPES, type: "InitiativeSite", field: undefined }]);
    expect(problemsOf(sdl, false)).toEqual([{ rule: ContractRule.HUB_TYPES, type: "InitiativeSite", field: undefined }]);
  });

  it("names the field a contract value type lacks or adds", () => {
    const sdl = parks.replace("  periodEnd: LocalDate!\n", "  periodEnd: LocalDate\n  note: String\n");
    expect(problemsOf(sdl, false)).toEqual([
      { rule: ContractRule.HUB_TYPES, type: "OutcomeMetric", field: "periodEnd" },
      { rule: ContractRule.HUB_TYPES, type: "OutcomeMetric", field: "note" },
    ]);
  });

  it("checks a hub @shareable type (PageInfo) against the hub's fields", () => {
    const sdl = parks.replace("  endCursor: String\n", "  endCursor: String\n  startCursor: String\n");
    expect(sdl).not.toBe(parks);
    expect(problemsOf(sdl)).toEqual([{ rule: ContractRule.HUB_TYPES, type: "PageInfo", field: "startCursor" }]);
  });

  it("does not count a @shareable the link does not import", () => {
    const sdl = parks.replace('"@shareable", ', "");
    expect(problemsOf(sdl).map(({ type }) => type).sort()).toEqual(["InitiativePartner", "InitiativeSite", "OutcomeMetric", "PageInfo"]);
    expect(problemsOf(sdl.replace(/@shareable/g, "@federation__shareable"))).toEqual([]);
  });

  it("names the hub's Initiative and Place fields a hub SDL from before department ids lacks", () => {
    // The hub's SDL without the two fields (and their descriptions), as a hub built before ids had it.
    const beforeIds = print(visit(parse(hubSdl), { FieldDefinition: (field) => (/^department(Id|Name)$/.test(field.name.value) ? null : undefined) }));
    const problems = checkContract(parks, { name: "parks", hubSdl: beforeIds }).problems;
    expect(problems.map(({ rule, type, field }) => ({ rule, type, field }))).toEqual([
      { rule: ContractRule.HUB_TYPES, type: "Initiative", field: "departmentId" },
      { rule: ContractRule.HUB_TYPES, type: "Initiative", field: "departmentName" },
      { rule: ContractRule.HUB_TYPES, type: "Place", field: "departmentId" },
      { rule: ContractRule.HUB_TYPES, type: "Place", field: "departmentName" },
    ]);
    expect(problems[0]?.message).toContain("predates department ids");
  });

  it("reports an unreadable hub SDL instead of checking against it", () => {
    expect(checkContract(parks, { name: "parks", hubSdl: "type {" }).problems).toEqual([
      expect.objectContaining({ rule: ContractRule.INVALID_SDL, message: expect.stringContaining("hub SDL") }),
    ]);
  });
});
