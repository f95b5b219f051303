import { checkContractFields } from "./check-contract-fields.js";
import { checkDetailField } from "./check-detail-field.js";
import { checkFederation2 } from "./check-federation.js";
import { checkHubTypes } from "./check-hub-types.js";
import { checkSharedDefinitions } from "./check-shared-definitions.js";
import { detailFieldFor } from "./detail-field-name.js";
import { expectedContract } from "./expected-contract.js";
import { ContractRule, type ContractProblem, type ContractReport } from "./rules.js";
import { InvalidSubgraphSdl, type SubgraphSdl, readSubgraphSdl } from "./subgraph-sdl.js";

export interface CheckContractOptions {
  /** The subgraph name, e.g. `libraries`; the detail field's name follows from it (see detailFieldFor). */
  name: string;
  /** The hub's subgraph SDL; without it, HUB_TYPES checks only the contract's value types. */
  hubSdl?: string;
  /** Whether GET /initiative-feed?limit=10 and GET /place-feed?limit=10 answered; the SDL cannot show it, so the caller probes. */
  feedReachable?: boolean;
}

/**
 * Checks a department's subgraph SDL against the hub contract and lists every problem found, each
 * naming its rule, type and field. Pure: the caller reads the files and probes the feed.
 */
export function checkContract(sdl: string, options: CheckContractOptions): ContractReport {
  const detailField = detailFieldFor(options.name);
  const problems: ContractProblem[] = [];
  const subgraph = read(sdl, options.name, problems);
  const hub = options.hubSdl === undefined ? undefined : read(options.hubSdl, "hub", problems);
  if (subgraph && (options.hubSdl === undefined || hub)) {
    const contract = expectedContract();
    problems.push(...checkFederation2(subgraph), ...checkSharedDefinitions(subgraph, contract));
    const detail = checkDetailField(subgraph, detailField);
    problems.push(...detail.problems);
    if (detail.initiativeType) problems.push(...checkContractFields(detail.initiativeType, contract));
    problems.push(...checkHubTypes(subgraph, contract, hub));
  }
  if (options.feedReachable === false) {
    problems.push({ rule: ContractRule.FEED, message: "GET /initiative-feed?limit=10 or GET /place-feed?limit=10 did not answer; the hub reads the department's initiatives and places from them." });
  }
  return { ok: problems.length === 0, problems };
}

function read(sdl: string, name: string, problems: ContractProblem[]): SubgraphSdl | undefined {
  try {
    return readSubgraphSdl(sdl);
  } catch (error) {
    if (!(error instanceof InvalidSubgraphSdl)) throw error;
    for (const { message } of error.errors) {
      problems.push({ rule: ContractRule.INVALID_SDL, message: `The ${name} SDL cannot be read: ${message}` });
    }
    return undefined;
  }
}
