import { ContractRule, type ContractProblem } from "./rules.js";
import { type SubgraphSdl } from "./subgraph-sdl.js";

/**
 * Without a Federation 2 link the gateway reads the subgraph as Federation 1, where `@shareable`
 * means nothing and every shared value type becomes a composition conflict.
 */
export function checkFederation2({ federationUrl }: SubgraphSdl): ContractProblem[] {
  if (federationUrl && /\/v2\.\d+$/.test(federationUrl)) return [];
  const message = federationUrl
    ? `The schema links ${federationUrl}; the hub composes Federation 2 (https://specs.apollo.dev/federation/v2.x).`
    : 'The schema links no Federation spec, so it reads as Federation 1; add `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: [...])`.';
  return [{ rule: ContractRule.FEDERATION_2, message }];
}
