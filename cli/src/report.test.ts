import { type CheckReport, ContractRule } from "@dlhub/schema";
import { formatCheckReport } from "./report";

const passing: CheckReport = {
  ok: true,
  subgraph: "immigrant-affairs",
  composition: { ok: true, errors: [] },
  contract: { ok: true, problems: [] },
  changes: [{ criticality: "SAFE", type: "FIELD_ADDED", message: "Field 'phone' was added", path: "LanguageAccessService.phone", operations: [] }],
  brokenOperations: [],
};

describe("formatCheckReport", () => {
  it("keeps a passing report to a header and one line per check, counting safe changes", () => {
    expect(formatCheckReport(passing)).toEqual([
      "Check of subgraph immigrant-affairs: passed",
      "",
      "Composition: ok",
      "Hub contract: ok",
      "Schema changes: 1 (0 breaking, 0 dangerous, 1 safe; --json lists every one)",
      "Saved operations: none broken",
    ]);
  });

  it("lists every finding of a failing report: composition, contract rule and place, breaking changes and the operations they break", () => {
    const failing: CheckReport = {
      ok: false,
      subgraph: "immigrant-affairs",
      composition: { ok: false, errors: ['Type "PageInfo" is defined differently:\nhasNextPage is String! here'] },
      contract: { ok: false, problems: [{ rule: ContractRule.SHARED_ENUM, type: "Language", field: "KL", message: "Language has a value the contract does not." }] },
      changes: [
        { criticality: "BREAKING", type: "FIELD_REMOVED", message: "Field 'phone' was removed", path: "LanguageAccessService.phone", operations: ["navigators/HelpLines"] },
      ],
      brokenOperations: [{ client: "navigators", name: "HelpLines", reasons: ['Cannot query field "phone" on type "LanguageAccessService".'] }],
    };
    expect(formatCheckReport(failing)).toEqual([
      "Check of subgraph immigrant-affairs: FAILED",
      "",
      "Composition: 1 error",
      '  - Type "PageInfo" is defined differently:\n    hasNextPage is String! here',
      "Hub contract: 1 problem",
      "  - SHARED_ENUM Language.KL: Language has a value the contract does not.",
      "Schema changes: 1 (1 breaking, 0 dangerous, 0 safe; --json lists every one)",
      "  - BREAKING FIELD_REMOVED LanguageAccessService.phone: Field 'phone' was removed",
      "      used by saved operations: navigators/HelpLines",
      "Saved operations broken: 1",
      "  - navigators/HelpLines",
      '      Cannot query field "phone" on type "LanguageAccessService".',
    ]);
  });
});

describe("formatCheckReport with usage from real traffic", () => {
  const base = { ok: false, subgraph: "parks", composition: { ok: true, errors: [] }, contract: { ok: true, problems: [] }, changes: [], brokenOperations: [] };

  it("names each used coordinate broken, with its clients and operations", () => {
    const lines = formatCheckReport({
      ...base,
      brokenUsage: [
        {
          coordinate: "ComputerLab.workstations",
          change: { type: "FIELD_REMOVED", message: "Field 'workstations' was removed from object type 'ComputerLab'" },
          clients: ["coordinator-console"],
          operations: ["coordinator-console/LabWorkstations"],
          count: 3,
          lastSeen: "2026-12-02T06:00:00.000Z",
        },
      ],
    } as CheckReport);
    expect(lines.slice(-3)).toEqual([
      "Usage from real traffic broken: 1 coordinate",
      "  - ComputerLab.workstations (FIELD_REMOVED): 3 requests, last 2026-12-02T06:00:00.000Z",
      "      clients: coordinator-console; operations: coordinator-console/LabWorkstations",
    ]);
  });

  it("says nothing used is broken when the registry judged usage and found none", () => {
    expect(formatCheckReport({ ...base, ok: true, brokenUsage: [] } as CheckReport).at(-1)).toBe("Usage from real traffic: nothing used is broken");
  });
});
