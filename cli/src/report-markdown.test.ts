import { type CheckReport, ContractRule, LintRule } from "@dlhub/schema";
import { formatCheckReportMarkdown } from "./report-markdown";

const passing: CheckReport = {
  ok: true,
  subgraph: "immigrant-affairs",
  composition: { ok: true, errors: [] },
  contract: { ok: true, problems: [] },
  changes: [{ criticality: "SAFE", type: "FIELD_ADDED", message: "Field 'phone' was added", path: "LanguageAccessService.phone", operations: [] }],
  brokenOperations: [],
};

const failing: CheckReport = {
  ok: false,
  subgraph: "immigrant-affairs",
  composition: { ok: false, errors: ['Type "PageInfo" is defined differently:\nhasNextPage is String! here'] },
  contract: { ok: false, problems: [{ rule: ContractRule.SHARED_ENUM, type: "Language", field: "KL", message: "Language has a value | the contract does not." }] },
  changes: [
    { criticality: "BREAKING", type: "FIELD_REMOVED", message: "Field 'phone' was removed", path: "LanguageAccessService.phone", operations: ["navigators/HelpLines"] },
    { criticality: "SAFE", type: "FIELD_ADDED", message: "Field 'email' was added", path: "LanguageAccessService.email", operations: [] },
  ],
  brokenOperations: [{ client: "navigators", name: "HelpLines", reasons: ['Cannot query field "phone" on type "LanguageAccessService".'] }],
};

describe("formatCheckReportMarkdown", () => {
  it("keeps a passing report to a marked headline and a table of the four checks", () => {
    expect(formatCheckReportMarkdown(passing)).toEqual([
      "<!-- dlhub-check -->",
      "### ✅ DL Hub check of `immigrant-affairs`: passed",
      "",
      "| Check | Result |",
      "| --- | --- |",
      "| Composition | ok |",
      "| Hub contract | ok |",
      "| Schema changes | 1: 0 breaking, 0 dangerous, 1 safe |",
      "| Saved operations | none broken |",
    ]);
  });

  it("gives each kind of finding its own section; safe changes are only counted", () => {
    expect(formatCheckReportMarkdown(failing)).toEqual([
      "<!-- dlhub-check -->",
      "### ❌ DL Hub check of `immigrant-affairs`: failed",
      "",
      "| Check | Result |",
      "| --- | --- |",
      "| Composition | 1 error |",
      "| Hub contract | 1 problem |",
      "| Schema changes | 2: 1 breaking, 0 dangerous, 1 safe |",
      "| Saved operations | 1 broken |",
      "",
      "#### Composition errors",
      "",
      "```text",
      'Type "PageInfo" is defined differently:\nhasNextPage is String! here',
      "```",
      "",
      "#### Hub contract problems",
      "",
      "| Rule | Where | Problem |",
      "| --- | --- | --- |",
      "| `SHARED_ENUM` | `Language.KL` | Language has a value \\| the contract does not. |",
      "",
      "#### Breaking and dangerous changes",
      "",
      "| Change | Where | What | Saved operations using it |",
      "| --- | --- | --- | --- |",
      "| BREAKING `FIELD_REMOVED` | `LanguageAccessService.phone` | Field 'phone' was removed | `navigators/HelpLines` |",
      "",
      "#### Saved operations broken",
      "",
      '- **navigators/HelpLines**: Cannot query field "phone" on type "LanguageAccessService".',
    ]);
  });

  it("takes Markdown in messages literally and keeps each table row on one line", () => {
    const report: CheckReport = {
      ...passing,
      ok: false,
      contract: { ok: false, problems: [{ rule: ContractRule.FEED, type: undefined, field: undefined, message: "No *feed* at <url>\nretry `later`" }] },
    };
    const row = formatCheckReportMarkdown(report).find((line) => line.startsWith("| `FEED`"));
    expect(row).toBe("| `FEED` |  | No \\*feed\\* at \\<url\\> retry \\`later\\` |");
  });

  it("says when the contract was not checked, as for the hub's own subgraph", () => {
    expect(formatCheckReportMarkdown({ ...passing, subgraph: "hub", contract: null })).toContain("| Hub contract | not checked (the hub's own subgraph defines it) |");
  });

  it("adds the usage and lint rows and lists used coordinates that break and lint errors", () => {
    const report: CheckReport = {
      ...failing,
      lint: [
        { rule: LintRule.FIELD_NAME, severity: "error", coordinate: "LanguageAccessService.seat_count", message: "Field names are camelCase: seatCount." },
        { rule: LintRule.FIELD_DESCRIPTION, severity: "warning", coordinate: "LanguageAccessService.phone", message: "Describe this field." },
      ],
      brokenUsage: [
        {
          coordinate: "LanguageAccessService.phone",
          change: { type: "FIELD_REMOVED", message: "Field 'phone' was removed" },
          clients: ["coordinator-console"],
          operations: ["coordinator-console/HelpLines"],
          count: 12,
          lastSeen: "2026-12-01T10:00:00.000Z",
        },
      ],
    };
    const lines = formatCheckReportMarkdown(report);
    expect(lines).toContain("| Usage from real traffic | 1 used coordinate broken |");
    expect(lines).toContain("| Schema lint | 1 error, 1 warning |");
    expect(lines).toContain("| `LanguageAccessService.phone` | Field 'phone' was removed | `coordinator-console` | `coordinator-console/HelpLines` | 12 | 2026-12-01T10:00:00.000Z |");
    expect(lines).toContain("| `FIELD_NAME` | `LanguageAccessService.seat_count` | Field names are camelCase: seatCount. |");
    expect(lines.join("\n")).not.toContain("Describe this field.");
  });
});
