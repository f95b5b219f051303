import { type ContractReport } from "../../contract-check/index.js";

/** graphql-inspector's NON_BREAKING is reported as SAFE: the word a department developer reads. */
export type ChangeCriticality = "BREAKING" | "DANGEROUS" | "SAFE";

export interface SchemaChange {
  criticality: ChangeCriticality;
  /** graphql-inspector's change type, e.g. `FIELD_REMOVED`. */
  type: string;
  message: string;
  /** The schema coordinate changed, e.g. `ComputerLab.workstations` or `Audience.SENIORS`. */
  path?: string;
  /**
   * The saved operations (`client/name`) that use what changed. Empty means no registered client
   * can notice the change, however graphql-inspector rates it: it is safe for clients.
   */
  operations: string[];
}

export interface BrokenOperation {
  client: string;
  name: string;
  /** Why it no longer validates against the candidate's API schema (graphql validation messages). */
  reasons: string[];
}

export interface CheckReport {
  ok: boolean;
  subgraph: string;
  composition: { ok: boolean; errors: string[] };
  /** Null for the hub's own subgraph, which defines the contract rather than following it. */
  contract: ContractReport | null;
  changes: SchemaChange[];
  brokenOperations: BrokenOperation[];
}

/**
 * A change blocks a publish only when a saved operation is attached to it: graphql-inspector rates
 * every field removal BREAKING, but a field no client asks for can go without harming anyone.
 */
export function isReportOk(report: Omit<CheckReport, "ok">): boolean {
  return (
    report.composition.ok &&
    (report.contract === null || report.contract.ok) &&
    report.brokenOperations.length === 0 &&
    !report.changes.some((change) => change.criticality !== "SAFE" && change.operations.length > 0)
  );
}

/** One sentence for an error message; the report itself carries the detail. */
export function describeFailure(report: CheckReport): string {
  const reasons: string[] = [];
  if (!report.composition.ok) reasons.push(`it does not compose (${count(report.composition.errors.length, "error")})`);
  if (report.contract && !report.contract.ok) reasons.push(`it breaks the hub contract (${count(report.contract.problems.length, "problem")})`);
  if (report.brokenOperations.length > 0) {
    const names = report.brokenOperations.map(({ client, name }) => `${client}/${name}`).join(", ");
    reasons.push(`saved operations would stop working: ${names}`);
  }
  const affecting = report.changes.filter((change) => change.criticality !== "SAFE" && change.operations.length > 0);
  if (affecting.length > 0) reasons.push(`${count(affecting.length, "change")} would affect saved operations`);
  return `The ${report.subgraph} subgraph failed its checks: ${reasons.join("; ")}.`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
