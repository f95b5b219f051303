import { type CheckReport } from "@dlhub/schema";

/**
 * A change blocks a publish only when a saved operation is attached to it: graphql-inspector rates
 * every field removal BREAKING, but a field no client asks for can go without harming anyone.
 */
export function isReportOk(report: Omit<CheckReport, "ok">): boolean {
  return (
    report.composition.ok &&
    (report.contract === null || report.contract.ok) &&
    report.brokenOperations.length === 0 &&
    !report.changes.some((change) => change.criticality !== "SAFE" && change.operations.length > 0) &&
    !(report.lint ?? []).some((finding) => finding.severity === "error") &&
    // Usage from real traffic counts like a saved operation: a used coordinate may not break.
    (report.brokenUsage ?? []).length === 0
  );
}

/** One sentence for an error message; the report itself carries the detail. */
export function describeFailure(report: CheckReport): string {
  const reasons: string[] = [];
  if (!report.composition.ok) {
    reasons.push(`${report.removal ? "the rest would not compose" : "it does not compose"} (${count(report.composition.errors.length, "error")})`);
  }
  if (report.contract && !report.contract.ok) reasons.push(`it breaks the hub contract (${count(report.contract.problems.length, "problem")})`);
  if (report.brokenOperations.length > 0) {
    const names = report.brokenOperations.map(({ client, name }) => `${client}/${name}`).join(", ");
    reasons.push(`saved operations would stop working: ${names}`);
  }
  const affecting = report.changes.filter((change) => change.criticality !== "SAFE" && change.operations.length > 0);
  if (affecting.length > 0) reasons.push(`${count(affecting.length, "change")} would affect saved operations`);
  const lintErrors = (report.lint ?? []).filter((finding) => finding.severity === "error");
  if (lintErrors.length > 0) reasons.push(`it breaks the schema lint rules (${count(lintErrors.length, "error")})`);
  const usage = report.brokenUsage ?? [];
  if (usage.length > 0) reasons.push(`clients used what it breaks: ${[...new Set(usage.map(({ coordinate }) => coordinate))].join(", ")}`);
  if (report.removal) return `Deleting the ${report.subgraph} subgraph was refused: ${reasons.join("; ")}.`;
  return `The ${report.subgraph} subgraph failed its checks: ${reasons.join("; ")}.`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
