import { type CheckReport, HUB_SUBGRAPH, type SubgraphDefinition, type UsedCoordinate } from "@dlhub/schema";
import { type FeedProbeResult } from "../feed-probe.js";
import { brokenUsageOf } from "../usage/broken-usage.js";
import { apiSchemaOf } from "./api-schema.js";
import { composeWithCandidate } from "./composition.js";
import { contractFor } from "./contract.js";
import { deprecatedUsage } from "./deprecated-usage.js";
import { lintSubgraph } from "./lint/lint-subgraph.js";
import { NO_IMPACT, operationImpact } from "./operation-impact.js";
import { isReportOk } from "./report.js";
import { type OperationDocument, parseOperations } from "./saved-operations.js";

export interface CheckInput {
  candidate: SubgraphDefinition;
  /** The subgraphs the live supergraph was composed from, and that supergraph (null before the first publish). */
  live: { subgraphs: SubgraphDefinition[]; supergraphSdl: string | null };
  operations: OperationDocument[];
  /** What the publish's probe read of the candidate's change feeds; undefined when not probed (a check, the hub). */
  feed?: FeedProbeResult;
  /** The coordinates clients used within the usage window that protect them (usageInWindow's `counted`); none when not given. */
  usage?: UsedCoordinate[];
  /** Usage within the window by documents their clients replaced: listed as deprecated usage, never protecting. */
  retiredUsage?: UsedCoordinate[];
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
  const contract = contractFor(candidate.name, candidate.sdl, hubSdl, input.feed);
  const { changes, brokenOperations } =
    composition.supergraphSdl === null ? NO_IMPACT : await operationImpact(live.supergraphSdl, composition.supergraphSdl, input.operations);
  const lint = lintSubgraph(candidate.sdl);
  // Usage from real traffic is judged like saved operations: a coordinate used in the window may not break.
  const brokenUsage = brokenUsageOf(changes, input.usage ?? []);
  const parts = { subgraph: candidate.name, composition: { ok: composition.ok, errors: composition.errors }, contract, changes, brokenOperations, lint, brokenUsage };
  // Warnings only, so computed after the verdict's parts and never part of it.
  const deprecated =
    composition.supergraphSdl === null
      ? undefined
      : deprecatedUsage({ schema: apiSchemaOf(composition.supergraphSdl), operations: parseOperations(input.operations), usage: input.usage ?? [], retiredUsage: input.retiredUsage ?? [] });
  const report: CheckReport = { ok: isReportOk(parts), ...parts, ...(deprecated ? { deprecatedUsage: deprecated } : {}) };
  return { report, supergraphSdl: composition.supergraphSdl, subgraphs: composition.subgraphs };
}
