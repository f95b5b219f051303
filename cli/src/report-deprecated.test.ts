import { type CheckReport } from "@dlhub/schema";
import { formatCheckReport } from "./report";
import { formatCheckReportMarkdown } from "./report-markdown";

const REASON = "The closed Department list cannot name a department registered since; use departmentId.";

const report: CheckReport = {
  ok: true,
  subgraph: "hub",
  composition: { ok: true, errors: [] },
  contract: null,
  changes: [
    { criticality: "DANGEROUS", type: "FIELD_TYPE_CHANGED", message: "Field 'Initiative.department' changed type from 'Department!' to 'Department'", path: "Initiative.department", operations: [], deprecationReason: REASON },
  ],
  brokenOperations: [],
  brokenUsage: [],
  deprecatedUsage: {
    operations: [{ client: "coordinator-console", name: "Initiatives", coordinate: "Initiative.department", reason: REASON }],
    operationsNotShown: 2,
    traffic: [
      { coordinate: "Initiative.department", clients: ["coordinator-console"], count: 40, lastSeen: "2026-12-01T10:00:00.000Z", reason: REASON, retired: false },
      { coordinate: "InitiativeFilter.departments", clients: ["parks-site"], count: 3, lastSeen: "2026-11-30T08:00:00.000Z", reason: REASON, retired: true },
    ],
    trafficNotShown: 0,
  },
};

describe("deprecations in check reports", () => {
  it("text: a change to something deprecated says why, and the warning section lists who still uses deprecated coordinates", () => {
    const lines = formatCheckReport(report);
    expect(lines[0]).toBe("Check of subgraph hub: passed");
    expect(lines).toContain(`  - DANGEROUS FIELD_TYPE_CHANGED Initiative.department: Field 'Initiative.department' changed type from 'Department!' to 'Department' — deprecated: ${REASON}`);
    expect(lines.slice(lines.indexOf("Usage from real traffic: nothing used is broken") + 1)).toEqual([
      "Deprecated coordinates still used (warnings, never failing the check): 3 saved-operation uses, 2 coordinates in traffic",
      `  - saved operation coordinator-console/Initiatives uses Initiative.department — deprecated: ${REASON}`,
      "  … and 2 more saved-operation uses",
      `  - Initiative.department: 40 requests by coordinator-console, last 2026-12-01T10:00:00.000Z — deprecated: ${REASON}`,
      `  - InitiativeFilter.departments: 3 requests by parks-site, last 2026-11-30T08:00:00.000Z (documents their clients replaced; they protect nothing) — deprecated: ${REASON}`,
    ]);
  });

  it("text: one line when nobody uses anything deprecated, nothing from a registry that does not report it", () => {
    const none = { ...report, deprecatedUsage: { operations: [], operationsNotShown: 0, traffic: [], trafficNotShown: 0 } };
    expect(formatCheckReport(none).at(-1)).toBe("Deprecated coordinates still used (warnings, never failing the check): no client uses any");
    const { deprecatedUsage: _omitted, ...older } = report;
    expect(formatCheckReport(older).join("\n")).not.toContain("Deprecated coordinates");
  });

  it("markdown: a summary row marked as a warning, the reason beside the change, and a table of each kind of use", () => {
    const lines = formatCheckReportMarkdown(report);
    expect(lines).toContain("| Deprecated coordinates still used | 3 saved-operation uses, 2 coordinates in traffic (warning only) |");
    expect(lines.find((line) => line.startsWith("| DANGEROUS"))).toContain(" — deprecated: The closed Department list cannot name a department registered since; use departmentId.");
    const section = lines.slice(lines.indexOf("#### Deprecated coordinates still used (warnings)"));
    expect(section).toEqual([
      "#### Deprecated coordinates still used (warnings)",
      "",
      "| Saved operation | Coordinate | Deprecated because |",
      "| --- | --- | --- |",
      `| \`coordinator-console/Initiatives\` | \`Initiative.department\` | ${REASON} |`,
      "",
      "…and 2 more saved-operation uses.",
      "",
      "| Coordinate | Clients | Requests | Last seen | Deprecated because |",
      "| --- | --- | --- | --- | --- |",
      `| \`Initiative.department\` | \`coordinator-console\` | 40 | 2026-12-01T10:00:00.000Z | ${REASON} |`,
      `| \`InitiativeFilter.departments\` | \`parks-site\` (replaced documents; they protect nothing) | 3 | 2026-11-30T08:00:00.000Z | ${REASON} |`,
    ]);
  });

  it("json: the report as the registry sent it carries every part", () => {
    expect(JSON.parse(JSON.stringify(report))).toMatchObject({ changes: [{ deprecationReason: REASON }], deprecatedUsage: { operationsNotShown: 2 } });
  });
});
