import { type SubgraphDefinition, type UsedCoordinate } from "@dlhub/schema";
import { brokenUsageOf } from "../usage/broken-usage.js";
import { composeWithout } from "./composition.js";
import { NO_IMPACT, operationImpact } from "./operation-impact.js";
import { isReportOk } from "./report.js";
import { type CheckOutcome } from "./run-checks.js";
import { type OperationDocument } from "./saved-operations.js";

export interface RemovalInput {
  /** The subgraph to take out of the live set. */
  name: string;
  live: { subgraphs: SubgraphDefinition[]; supergraphSdl: string | null };
  /** The operations clients rely on (today the saved ones); any that validate now must still validate without it. */
  operations: OperationDocument[];
  /** The coordinates clients used within the usage window; none may break either. */
  usage?: UsedCoordinate[];
}

/**
 * What deleting a subgraph would do, judged like a publish: the rest must compose, and no operation
 * that works today, and no coordinate clients used in the usage window, may stop working. No contract or lint check: nothing new is published. Performs
 * no I/O, so the delete judges under its lock on what it read.
 */
export async function judgeRemoval({ name, live, operations, usage = [] }: RemovalInput): Promise<CheckOutcome> {
  const composition = composeWithout(live.subgraphs, name);
  const { changes, brokenOperations } =
    composition.supergraphSdl === null ? NO_IMPACT : await operationImpact(live.supergraphSdl, composition.supergraphSdl, operations);
  const parts = { subgraph: name, removal: true, composition: { ok: composition.ok, errors: composition.errors }, contract: null, changes, brokenOperations, brokenUsage: brokenUsageOf(changes, usage) };
  return { report: { ok: isReportOk(parts), ...parts }, supergraphSdl: composition.supergraphSdl, subgraphs: composition.subgraphs };
}
