import { type CheckReport } from "@dlhub/schema";
import { deprecatedSuffix, formatDeprecatedUsage } from "./report-deprecated.js";

/**
 * A check report for people, in the shape Rover prints: a header line, then one short bullet list
 * per kind of finding. Passing sections are one line; failing ones list every finding with what a
 * developer needs to fix it (the contract rule and its type and field, the saved operations hit).
 */
export function formatCheckReport(report: CheckReport): string[] {
  const what = report.removal ? `deleting subgraph ${report.subgraph}` : `subgraph ${report.subgraph}`;
  const lines = [`Check of ${what}: ${report.ok ? "passed" : "FAILED"}`, ""];
  const { composition, contract } = report;
  lines.push(composition.ok ? "Composition: ok" : `Composition: ${plural(composition.errors.length, "error")}`);
  for (const error of composition.errors) lines.push(`  - ${indentMore(error)}`);

  if (report.removal) lines.push("Hub contract: not checked (nothing is published)");
  else if (contract === null) lines.push("Hub contract: not checked (the hub's own subgraph defines it)");
  else {
    lines.push(contract.ok ? "Hub contract: ok" : `Hub contract: ${plural(contract.problems.length, "problem")}`);
    for (const problem of contract.problems) {
      const at = [problem.type, problem.field].filter(Boolean).join(".");
      lines.push(`  - ${problem.rule}${at ? ` ${at}` : ""}: ${indentMore(problem.message)}`);
    }
  }

  // Safe changes (additions, descriptions) are counted, not listed: a new department adds hundreds.
  const count = (criticality: string) => report.changes.filter((c) => c.criticality === criticality).length;
  const notable = report.changes.filter((c) => c.criticality !== "SAFE");
  lines.push(
    report.changes.length === 0
      ? "Schema changes: none"
      : `Schema changes: ${report.changes.length} (${count("BREAKING")} breaking, ${count("DANGEROUS")} dangerous, ${count("SAFE")} safe; --json lists every one)`,
  );
  for (const change of notable) {
    lines.push(`  - ${change.criticality} ${change.type}${change.path ? ` ${change.path}` : ""}: ${change.message}${deprecatedSuffix(change.deprecationReason)}`);
    lines.push(change.operations.length > 0 ? `      used by saved operations: ${change.operations.join(", ")}` : "      no saved operation uses it");
  }

  if (report.brokenOperations.length === 0) lines.push("Saved operations: none broken");
  else {
    lines.push(`Saved operations broken: ${report.brokenOperations.length}`);
    for (const { client, name, reasons } of report.brokenOperations) {
      lines.push(`  - ${client}/${name}`);
      for (const reason of reasons) lines.push(`      ${reason}`);
    }
  }
  lines.push(...formatLint(report.lint));
  // Only from a registry that judges usage; an older one's report has no such section.
  const usage = report.brokenUsage;
  if (usage) lines.push(usage.length === 0 ? "Usage from real traffic: nothing used is broken" : `Usage from real traffic broken: ${plural(usage.length, "coordinate")}`);
  for (const { coordinate, change, clients, operations, count, lastSeen } of usage ?? []) {
    lines.push(`  - ${coordinate} (${change.type}): ${count} requests, last ${lastSeen}${deprecatedSuffix(change.deprecationReason)}`);
    lines.push(`      clients: ${clients.join(", ")}; operations: ${operations.join(", ")}`);
  }
  lines.push(...formatDeprecatedUsage(report));
  return lines;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

// Composition messages span lines; keep their continuation under the bullet.
const indentMore = (text: string) => text.replace(/\n/g, "\n    ");

// Enough warnings to show what to document next without burying the rest of the report.
const WARNINGS_SHOWN = 10;

/** Errors fail the check and are all listed; the first warnings are listed, so a department sees what to document. */
function formatLint(lint: CheckReport["lint"]): string[] {
  if (lint === undefined) return [];
  if (lint.length === 0) return ["Schema lint: ok"];
  const errors = lint.filter((finding) => finding.severity === "error");
  const warnings = lint.filter((finding) => finding.severity === "warning");
  const line = ({ severity, rule, coordinate, message }: (typeof lint)[number]) => `  - ${severity} ${rule} ${coordinate}: ${message}`;
  const hidden = warnings.length - WARNINGS_SHOWN;
  return [
    `Schema lint: ${plural(errors.length, "error")}, ${plural(warnings.length, "warning")}`,
    ...errors.map(line),
    ...warnings.slice(0, WARNINGS_SHOWN).map(line),
    ...(hidden > 0 ? [`  … and ${plural(hidden, "more warning")} (--json lists every one)`] : []),
  ];
}
