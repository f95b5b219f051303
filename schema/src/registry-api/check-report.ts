import { type ContractReport } from "../contract-check/index.js";
import { type DeprecatedUsage } from "./deprecated-usage.js";
import { type LintFinding } from "./lint.js";
import { type BrokenUsage } from "./usage.js";

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
  /**
   * Why the changed field, argument, input field or enum value was deprecated (in the live API
   * schema, else in the candidate's): a change to something deprecated explains itself.
   */
  deprecationReason?: string;
}

export interface BrokenOperation {
  client: string;
  name: string;
  /** Why it no longer validates against the candidate's API schema (graphql validation messages). */
  reasons: string[];
}

/** What the registry's checks found for one candidate subgraph; the CLI prints it, a refused publish carries it. */
export interface CheckReport {
  ok: boolean;
  subgraph: string;
  composition: { ok: boolean; errors: string[] };
  /** Null for the hub's own subgraph, which defines the contract rather than following it. */
  contract: ContractReport | null;
  changes: SchemaChange[];
  brokenOperations: BrokenOperation[];
  /** The schema lint rules' findings on the subgraph's SDL; an `error` fails the check. Absent from a removal's report. */
  lint?: LintFinding[];
  /** True when the report judges deleting `subgraph` from the live set rather than publishing it. */
  removal?: boolean;
  /**
   * Coordinates clients used within the registry's usage window that a change breaks or removes;
   * any one refuses the publish. Absent from registries that predate usage reporting.
   */
  brokenUsage?: BrokenUsage[];
  /**
   * Who still uses deprecated coordinates of the candidate's API schema: warnings that never fail
   * the check. Present on check and publish reports of registries that compute it.
   */
  deprecatedUsage?: DeprecatedUsage;
}
