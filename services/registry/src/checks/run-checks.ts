import { type CheckReport, HUB_SUBGRAPH, type SchemaChange, type SubgraphDefinition, type UsedCoordinate } from "@dlhub/schema";
import { brokenUsageOf } from "../usage/broken-usage.js";
import { apiSchemaOf } from "./api-schema.js";
import { operationsAffectedBy } from "./change-attribution.js";
import { composeWithCandidate } from "./composition.js";
import { contractFor } from "./contract.js";
import { isReportOk } from "./report.js";
import { type OperationDocument, brokenOperations, parseOperations, usagesOf } from "./saved-operations.js";
import { apiSchemaChanges, criticalityOf } from "./schema-changes.js";

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
 * subgraphs, the hub contract, and what the candidate's API schema changes for saved operations.
 * Performs no I/O, so `check` and `publish` (under its lock) judge alike.
 */
export async function runChecks(input: CheckInput): Promise<CheckOutcome> {
  const { candidate, live } = input;
  const composition = composeWithCandidate(live.subgraphs, candidate);
  const hubSdl = candidate.name === HUB_SUBGRAPH ? undefined : live.subgraphs.find(({ name }) => name === HUB_SUBGRAPH)?.sdl;
  const contract = contractFor(candidate.name, candidate.sdl, hubSdl, input.feedReachable);
  let changes: SchemaChange[] = [];
  let broken: CheckReport["brokenOperations"] = [];
  if (composition.supergraphSdl !== null) {
    const candidateApi = apiSchemaOf(composition.supergraphSdl);
    const liveApi = live.supergraphSdl === null ? null : apiSchemaOf(live.supergraphSdl);
    const operations = parseOperations(input.operations);
    broken = brokenOperations(operations, liveApi, candidateApi);
    if (liveApi) {
      const usages = usagesOf(operations, liveApi);
      changes = (await apiSchemaChanges(liveApi, candidateApi)).map((change) => ({
        criticality: criticalityOf(change),
        type: change.type,
        message: change.message,
        ...(change.path ? { path: change.path } : {}),
        operations: operationsAffectedBy(change, usages),
      }));
    }
  }
  const brokenUsage = brokenUsageOf(changes, input.usage ?? []);
  const parts = { subgraph: candidate.name, composition: { ok: composition.ok, errors: composition.errors }, contract, changes, brokenOperations: broken, brokenUsage };
  return { report: { ok: isReportOk(parts), ...parts }, supergraphSdl: composition.supergraphSdl, subgraphs: composition.subgraphs };
}
