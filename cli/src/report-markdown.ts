import { type CheckReport } from "@dlhub/schema";
import { deprecatedSuffix, deprecatedSummary } from "./report-deprecated.js";

/**
 * A check report as GitHub-flavoured Markdown, for a pull request's comment or job summary: a
 * headline, a table of the four checks, then one section per failing or notable kind of finding.
 * It says what `formatCheckReport` says, laid out for a browser rather than a terminal.
 */
export function formatCheckReportMarkdown(report: CheckReport): string[] {
  const { composition, contract, changes, brokenOperations, lint, brokenUsage, deprecatedUsage } = report;
  const lintErrors = (lint ?? []).filter((finding) => finding.severity === "error").length;
  const count = (criticality: string) => changes.filter((c) => c.criticality === criticality).length;
  const notable = changes.filter((c) => c.criticality !== "SAFE");
  const lines = [
    // Lets a CI step find its earlier comment on the pull request and replace it.
    "<!-- dlhub-check -->",
    `### ${report.ok ? "✅" : "❌"} DL Hub check of \`${report.subgraph}\`: ${report.ok ? "passed" : "failed"}`,
    "",
    "| Check | Result |",
    "| --- | --- |",
    `| Composition | ${composition.ok ? "ok" : plural(composition.errors.length, "error")} |`,
    `| Hub contract | ${contract === null ? "not checked (the hub's own subgraph defines it)" : contract.ok ? "ok" : plural(contract.problems.length, "problem")} |`,
    `| Schema changes | ${changes.length === 0 ? "none" : `${changes.length}: ${count("BREAKING")} breaking, ${count("DANGEROUS")} dangerous, ${count("SAFE")} safe`} |`,
    `| Saved operations | ${brokenOperations.length === 0 ? "none broken" : `${brokenOperations.length} broken`} |`,
    // The rows below only when the registry reported them (an older registry's report has neither).
    ...(brokenUsage ? [`| Usage from real traffic | ${brokenUsage.length === 0 ? "nothing used is broken" : `${plural(brokenUsage.length, "used coordinate")} broken`} |`] : []),
    ...(deprecatedUsage ? [`| Deprecated coordinates still used | ${deprecatedSummary(deprecatedUsage)} (warning only) |`] : []),
    ...(lint ? [`| Schema lint | ${lint.length === 0 ? "ok" : `${plural(lintErrors, "error")}, ${plural(lint.length - lintErrors, "warning")}`} |`] : []),
  ];
  if (composition.errors.length > 0) {
    lines.push("", "#### Composition errors", "");
    // Composition messages span lines and quote SDL: a code block keeps them as written.
    for (const error of composition.errors) lines.push("```text", error, "```");
  }
  if (contract && contract.problems.length > 0) {
    lines.push("", "#### Hub contract problems", "", "| Rule | Where | Problem |", "| --- | --- | --- |");
    for (const problem of contract.problems) {
      const at = [problem.type, problem.field].filter(Boolean).join(".");
      lines.push(`| \`${problem.rule}\` | ${at ? `\`${at}\`` : ""} | ${inline(problem.message)} |`);
    }
  }
  // Safe changes (additions, descriptions) are counted above, not listed: a new department adds hundreds.
  if (notable.length > 0) {
    lines.push("", "#### Breaking and dangerous changes", "", "| Change | Where | What | Saved operations using it |", "| --- | --- | --- | --- |");
    for (const change of notable) {
      const operations = change.operations.length > 0 ? change.operations.map((o) => `\`${o}\``).join(", ") : "none";
      lines.push(`| ${change.criticality} \`${change.type}\` | ${change.path ? `\`${change.path}\`` : ""} | ${inline(change.message + deprecatedSuffix(change.deprecationReason))} | ${operations} |`);
    }
  }
  if (brokenOperations.length > 0) {
    lines.push("", "#### Saved operations broken", "");
    for (const { client, name, reasons } of brokenOperations) lines.push(`- **${client}/${name}**: ${reasons.map(inline).join("; ")}`);
  }
  if (brokenUsage && brokenUsage.length > 0) {
    lines.push("", "#### Used in real traffic and broken", "", "| Coordinate | Change | Clients | Operations | Requests | Last seen |", "| --- | --- | --- | --- | --- | --- |");
    for (const used of brokenUsage) {
      const names = (list: string[]) => list.map((name) => `\`${name}\``).join(", ");
      lines.push(`| \`${used.coordinate}\` | ${inline(used.change.message + deprecatedSuffix(used.change.deprecationReason))} | ${names(used.clients)} | ${names(used.operations)} | ${used.count} | ${used.lastSeen} |`);
    }
  }
  lines.push(...deprecatedUsageMarkdown(deprecatedUsage));
  // Errors always; warnings only counted above (the shared contract fields would fill a comment).
  const errors = (lint ?? []).filter((finding) => finding.severity === "error");
  if (errors.length > 0) {
    lines.push("", "#### Schema lint errors", "", "| Rule | Where | Problem |", "| --- | --- | --- |");
    for (const { rule, coordinate, message } of errors) lines.push(`| \`${rule}\` | \`${coordinate}\` | ${inline(message)} |`);
  }
  return lines;
}

/** Who still uses deprecated coordinates: two tables, warnings only, after the findings that fail. */
function deprecatedUsageMarkdown(section: CheckReport["deprecatedUsage"]): string[] {
  if (!section || section.operations.length + section.traffic.length === 0) return [];
  const lines = ["", "#### Deprecated coordinates still used (warnings)", ""];
  if (section.operations.length > 0) {
    lines.push("| Saved operation | Coordinate | Deprecated because |", "| --- | --- | --- |");
    for (const { client, name, coordinate, reason } of section.operations) lines.push(`| \`${client}/${name}\` | \`${coordinate}\` | ${inline(reason)} |`);
    if (section.operationsNotShown > 0) lines.push("", `…and ${plural(section.operationsNotShown, "more saved-operation use")}.`);
    if (section.traffic.length > 0) lines.push("");
  }
  if (section.traffic.length > 0) {
    lines.push("| Coordinate | Clients | Requests | Last seen | Deprecated because |", "| --- | --- | --- | --- | --- |");
    for (const { coordinate, clients, count, lastSeen, reason, retired } of section.traffic) {
      const replaced = retired ? " (replaced documents; they protect nothing)" : "";
      lines.push(`| \`${coordinate}\` | ${clients.map((client) => `\`${client}\``).join(", ")}${replaced} | ${count} | ${lastSeen} | ${inline(reason)} |`);
    }
    if (section.trafficNotShown > 0) lines.push("", `…and ${plural(section.trafficNotShown, "more coordinate")} in traffic.`);
  }
  return lines;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/**
 * Text outside a code block, taken literally: Markdown's own characters are escaped, and it stays
 * on one line, since a table cell ends at a line break and at `|`.
 */
const inline = (text: string) => text.replace(/[\\`*_[\]<>|]/g, "\\$&").replace(/\n/g, " ");
