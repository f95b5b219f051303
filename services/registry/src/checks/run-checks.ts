import { type CheckReport, HUB_SUBGRAPH, type SubgraphDefinition, type UsedCoordinate } from "@dlhub/schema";
import { brokenUsageOf } from "../usage/broken-usage.js";
import { composeWithCandidate } from "./composition.js";
import { contractFor } from "./contract.js";
import { lintSubgraph } from "./lint/lint-subgraph.js";
import { NO_IMPACT, operationImpact } from "./operation-impact.js";
import { isReportOk } from "./report.js";
import { type OperationDocument } from "./saved-operations.js";

export interface CheckInput {
  candidate: SubgraphDefinition;
  /** The subgraphs the live supergraph was composed from, and that supergraph (null before the first publish). */
  live: { subgraphs: SubgraphDefinition[]; supergraphSdl: string | null };
  operations: OperationDocument[];
  /** Whether the candidate's initiative feed answered; undefined when it was not probed (the hub). */
  feedReachable?: boolean;
  /** The coordinates clients used within the usage window (usedCoordinates); none when not given. */
  usage?: UsedCoordinate[];
}

export interface CheckOutcome {
  report: CheckReport;
  /** The supergraph the candidate composes into; null when composition failed. */
  supergraphSdl: string | null;
  subgraphs: SubgraphDefinition[];
}

/**
 * Every check a publish must pass, on data the caller has read: composition with the live
 * subgraphs, the hub contract, what the candidate's API schema changes for saved operations, and
 * the schema lint rules. Performs no I/O, so `check` and `publish` (under its lock) judge alike.
 */
export async function runChecks(input: CheckInput): Promise<CheckOutcome> {
  const { candidate, live } = input;
  const composition = composeWithCandidate(live.subgraphs, candidate);
  const hubSdl = candidate.name === HUB_SUBGRAPH ? undefined : live.subgraphs.find(({ name }) => name === HUB_SUBGRAPH)?.sdl;
  const contract = contractFor(candidate.name, candidate.sdl, hubSdl, input.feedReachable);
  const { changes, brokenOperations } =
    composition.supergraphSdl === null ? NO_IMPACT : await operationImpact(live.supergraphSdl, composition.supergraphSdl, input.operations);
  const lint = lintSubgraph(candidate.sdl);
  // Usage from real traffic is judged like saved operations: a coordinate used in the window may not break.
  const brokenUsage = brokenUsageOf(changes, input.usage ?? []);
  const parts = { subgraph: candidate.name, composition: { ok: composition.ok, errors: composition.errors }, contract, changes, brokenOperations, lint, brokenUsage };
  return { report: { ok: isReportOk(parts), ...parts }, supergraphSdl: composition.supergraphSdl, subgraphs: composition.subgraphs };
}
