import { type CheckReport, type DeprecatedUsage } from "@dlhub/schema";

/** ` — deprecated: <reason>` after a change to something deprecated; nothing otherwise. */
export const deprecatedSuffix = (reason: string | undefined) => (reason ? ` — deprecated: ${reason}` : "");

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** How many uses the section holds, listed or not. */
export function deprecatedCounts(section: DeprecatedUsage): { operations: number; traffic: number } {
  return { operations: section.operations.length + section.operationsNotShown, traffic: section.traffic.length + section.trafficNotShown };
}

/** The section's one-line summary, e.g. "2 saved-operation uses, 1 coordinate in traffic". */
export function deprecatedSummary(section: DeprecatedUsage): string {
  const { operations, traffic } = deprecatedCounts(section);
  if (operations + traffic === 0) return "no client uses any";
  return `${plural(operations, "saved-operation use")}, ${plural(traffic, "coordinate")} in traffic`;
}

/**
 * Who still uses deprecated coordinates, for the terminal: a warning section that never fails the
 * check. Only from a registry that computes it (absent from older reports and from deletions).
 */
export function formatDeprecatedUsage(report: CheckReport): string[] {
  const section = report.deprecatedUsage;
  if (!section) return [];
  const lines = [`Deprecated coordinates still used (warnings, never failing the check): ${deprecatedSummary(section)}`];
  for (const { client, name, coordinate, reason } of section.operations) lines.push(`  - saved operation ${client}/${name} uses ${coordinate}${deprecatedSuffix(reason)}`);
  if (section.operationsNotShown > 0) lines.push(`  … and ${plural(section.operationsNotShown, "more saved-operation use")}`);
  for (const { coordinate, clients, count, lastSeen, reason, retired } of section.traffic) {
    const replaced = retired ? " (documents their clients replaced; they protect nothing)" : "";
    lines.push(`  - ${coordinate}: ${count} requests by ${clients.join(", ")}, last ${lastSeen}${replaced}${deprecatedSuffix(reason)}`);
  }
  if (section.trafficNotShown > 0) lines.push(`  … and ${plural(section.trafficNotShown, "more coordinate")} in traffic`);
  return lines;
}
