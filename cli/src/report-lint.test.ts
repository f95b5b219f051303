import { type CheckReport, type LintFinding, LintRule } from "@dlhub/schema";
import { formatCheckReport } from "./report";

const base: CheckReport = { ok: true, subgraph: "parks", composition: { ok: true, errors: [] }, contract: { ok: true, problems: [] }, changes: [], brokenOperations: [] };
const warning = (n: number): LintFinding => ({ rule: LintRule.FIELD_DESCRIPTION, severity: "warning", coordinate: `ComputerLab.field${n}`, message: `Field ComputerLab.field${n} has no description.` });

describe("formatCheckReport's lint section", () => {
  it("says nothing of lint for a report without the section, and one line when there is nothing to say", () => {
    expect(formatCheckReport(base).some((line) => line.startsWith("Schema lint"))).toBe(false);
    expect(formatCheckReport({ ...base, lint: [] }).at(-1)).toBe("Schema lint: ok");
  });

  it("lists every error and the first ten warnings, counting the rest", () => {
    const error: LintFinding = { rule: LintRule.FIELD_NAME, severity: "error", coordinate: "ComputerLab.seat_count", message: "Field ComputerLab.seat_count should be camelCase, e.g. seatCount." };
    const lines = formatCheckReport({ ...base, ok: false, lint: [warning(1), error, ...Array.from({ length: 11 }, (_, i) => warning(i + 2))] });
    const section = lines.slice(lines.indexOf("Schema lint: 1 error, 12 warnings"));
    expect(section).toHaveLength(1 + 1 + 10 + 1);
    expect(section[1]).toBe("  - error FIELD_NAME ComputerLab.seat_count: Field ComputerLab.seat_count should be camelCase, e.g. seatCount.");
    expect(section[2]).toBe("  - warning FIELD_DESCRIPTION ComputerLab.field1: Field ComputerLab.field1 has no description.");
    expect(section.at(-1)).toBe("  … and 2 more warnings (--json lists every one)");
  });

  it("heads a deletion's report as such, without a contract check", () => {
    const lines = formatCheckReport({ ...base, ok: false, removal: true, contract: null, composition: { ok: false, errors: ["RecreationCenter.name is external everywhere"] } });
    expect(lines.slice(0, 5)).toEqual([
      "Check of deleting subgraph parks: FAILED",
      "",
      "Composition: 1 error",
      "  - RecreationCenter.name is external everywhere",
      "Hub contract: not checked (nothing is published)",
    ]);
  });
});
