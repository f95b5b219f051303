import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "../federation/subgraph-list";
import { checkContract } from "./check-contract";
import { ContractRule } from "./rules";

const sdlOf = (name: string) => readFileSync(join(REPOSITORY_ROOT, "services", name, "schema.graphql"), "utf8");
const hubSdl = sdlOf("hub");
const libraries = sdlOf("libraries");

/** The libraries SDL with one change; fails loudly if the text to change is not there once. */
function broken(from: string | RegExp, to: string): string {
  const matches = libraries.match(typeof from === "string" ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : from);
  expect(matches).toHaveLength(1);
  return libraries.replace(from, to);
}

const problemsOf = (sdl: string, options: { hubSdl?: string; feedReachable?: boolean } = {}) =>
  checkContract(sdl, { name: "libraries", ...options }).problems.map(({ rule, type, field }) => ({ rule, type, field }));

describe("checkContract", () => {
  it.each(["it", "libraries", "commerce", "parks", "immigrant-affairs"])("passes the committed %s subgraph, with and without the hub", (name) => {
    expect(checkContract(sdlOf(name), { name, hubSdl })).toEqual({ ok: true, problems: [] });
    expect(checkContract(sdlOf(name), { name, feedReachable: true })).toEqual({ ok: true, problems: [] });
  });

  describe("SHARED_ENUM", () => {
    it("names a missing value", () => {
      const report = checkContract(broken(/^ {2}HOST\n/m, ""), { name: "libraries" });
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([expect.objectContaining({ rule: ContractRule.SHARED_ENUM, type: "PartnerRole", field: "HOST" })]);
    });

    it("names an extra value", () => {
      expect(problemsOf(broken("  OUTREACH\n", "  OUTREACH\n  HACKATHON\n"))).toEqual([
        { rule: ContractRule.SHARED_ENUM, type: "InitiativeKind", field: "HACKATHON" },
      ]);
    });

    it("names a renamed value and its new name", () => {
      const { problems } = checkContract(broken("  SKILLS\n", "  SKILL\n"), { name: "libraries" });
      expect(problems).toEqual([{ rule: ContractRule.SHARED_ENUM, type: "Pillar", field: "SKILLS", message: expect.stringContaining("SKILL;") }]);
    });

    it("names the first value out of order", () => {
      expect(problemsOf(broken("  ACCESS\n  DEVICES\n", "  DEVICES\n  ACCESS\n"))).toEqual([
        { rule: ContractRule.SHARED_ENUM, type: "Pillar", field: "ACCESS" },
      ]);
    });
  });

  it("SHARED_SCALAR: a contract scalar defined as another kind of type", () => {
    expect(problemsOf(broken("scalar DateTime", "enum DateTime { NOW }"))).toEqual([
      { rule: ContractRule.SHARED_SCALAR, type: "DateTime", field: undefined },
    ]);
  });

  describe("CONTRACT_FIELDS", () => {
    it("names a field with another type", () => {
      expect(problemsOf(broken("  kind: InitiativeKind!\n", "  kind: String!\n"))).toEqual([
        { rule: ContractRule.CONTRACT_FIELDS, type: "LibraryInitiative", field: "kind" },
      ]);
    });

    it("names a missing field", () => {
      expect(problemsOf(broken("  summary: String!\n", ""))).toEqual([
        { rule: ContractRule.CONTRACT_FIELDS, type: "LibraryInitiative", field: "summary" },
      ]);
    });

    it("does not accept a non-null endDate", () => {
      expect(problemsOf(broken('no planned end."""\n  endDate: LocalDate\n', 'no planned end."""\n  endDate: LocalDate!\n'))).toEqual([
        { rule: ContractRule.CONTRACT_FIELDS, type: "LibraryInitiative", field: "endDate" },
      ]);
    });

    it("names a missing departmentId and says why it is wanted", () => {
      const { problems } = checkContract(broken("  departmentId: ID!\n  department:", "  department:"), { name: "libraries" });
      expect(problems).toEqual([
        { rule: ContractRule.CONTRACT_FIELDS, type: "LibraryInitiative", field: "departmentId", message: expect.stringContaining("known by their registered id") },
      ]);
    });

    it("takes an initiative type without the deprecated department: a department registered since has no enum value", () => {
      expect(problemsOf(broken(/^ {2}department: Department! @deprecated\(.*\)\n/m, ""))).toEqual([]);
    });

    it("holds a served department to the deprecated Department!", () => {
      const { problems } = checkContract(broken(/^ {2}department: Department! @deprecated\(.*\)\n/m, "  department: Department!\n"), { name: "libraries" });
      expect(problems).toEqual([
        { rule: ContractRule.CONTRACT_FIELDS, type: "LibraryInitiative", field: "department", message: expect.stringMatching(/must be @deprecated: .*legacyDepartment/) },
      ]);
      expect(problemsOf(broken(/^ {2}department: Department! @deprecated/m, "  department: String @deprecated"))).toEqual([
        { rule: ContractRule.CONTRACT_FIELDS, type: "LibraryInitiative", field: "department" },
      ]);
    });
  });

  describe("DETAIL_FIELD", () => {
    const detail = '  library: LibraryInitiative @requires(fields: "departmentId")\n';

    it("names a second detail field", () => {
      expect(problemsOf(broken(detail, `${detail}  books: LibraryInitiative @requires(fields: "departmentId")\n`))).toEqual([
        { rule: ContractRule.DETAIL_FIELD, type: "Initiative", field: "books" },
      ]);
    });

    it("names a detail field that is not named after the department", () => {
      const { problems } = checkContract(broken(detail, detail.replace("library:", "libraries:")), { name: "libraries" });
      expect(problems).toEqual([
        { rule: ContractRule.DETAIL_FIELD, type: "Initiative", field: "libraries", message: expect.stringContaining("`library`") },
      ]);
    });

    it("takes the expected name from the subgraph name", () => {
      expect(checkContract(libraries, { name: "immigrant-affairs" }).problems).toEqual([
        expect.objectContaining({ rule: ContractRule.DETAIL_FIELD, field: "library", message: expect.stringContaining("`immigrantAffairs`") }),
      ]);
    });

    it("requires the department, nullably", () => {
      expect(problemsOf(broken(detail, "  library: LibraryInitiative!\n"))).toEqual([
        { rule: ContractRule.DETAIL_FIELD, type: "Initiative", field: "library" },
        { rule: ContractRule.DETAIL_FIELD, type: "Initiative", field: "library" },
      ]);
    });

    it("requires departmentId to be external", () => {
      expect(problemsOf(broken("  departmentId: ID! @external\n", "  departmentId: ID!\n"))).toEqual([
        { rule: ContractRule.DETAIL_FIELD, type: "Initiative", field: "departmentId" },
      ]);
    });

    it("explains, once, why an SDL written to the enum contract must move to departmentId", () => {
      const enumContract = libraries
        .replace("  departmentId: ID! @external\n", "  department: Department! @external\n")
        .replace('@requires(fields: "departmentId")', '@requires(fields: "department")');
      const { problems } = checkContract(enumContract, { name: "libraries" });
      expect(problems).toEqual([
        { rule: ContractRule.DETAIL_FIELD, type: "Initiative", field: "departmentId", message: expect.stringContaining("`departmentId: ID! @external`") },
        { rule: ContractRule.DETAIL_FIELD, type: "Initiative", field: "department", message: expect.stringContaining("must go") },
        { rule: ContractRule.DETAIL_FIELD, type: "Initiative", field: "library", message: expect.stringContaining('@requires(fields: "departmentId")') },
      ]);
      expect(problems.filter((p) => p.message.includes("the closed Department enum is deprecated"))).toHaveLength(1);
    });
  });

  it("FEDERATION_2: a Federation 1 SDL (no @link) fails that rule alone", () => {
    const federation1 = broken(/^extend schema\n.*\n/, "");
    expect(problemsOf(federation1)).toEqual([{ rule: ContractRule.FEDERATION_2, type: undefined, field: undefined }]);
    // Federation 1 wrote the hub's entity as an extension with no base type; it is still read.
    const extended = federation1.replace("type Initiative\n", "extend type Initiative\n");
    expect(extended).not.toBe(federation1);
    expect(problemsOf(extended)).toEqual([{ rule: ContractRule.FEDERATION_2, type: undefined, field: undefined }]);
  });

  it("FEED: reported only when the probe says the feed did not answer", () => {
    expect(problemsOf(libraries, { feedReachable: false })).toEqual([{ rule: ContractRule.FEED, type: undefined, field: undefined }]);
  });

  it("INVALID_SDL: an SDL graphql cannot build is reported, not thrown", () => {
    expect(problemsOf(broken("  sites: [InitiativeSite!]!\n  partners", "  sites: [Site!]!\n  partners"))).toEqual([
      { rule: ContractRule.INVALID_SDL, type: undefined, field: undefined },
    ]);
    expect(problemsOf(broken("  SKILLS\n", "  SKILLS\n  SKILLS\n"))[0]?.rule).toBe(ContractRule.INVALID_SDL);
    expect(problemsOf("type {")[0]?.rule).toBe(ContractRule.INVALID_SDL);
  });
});
