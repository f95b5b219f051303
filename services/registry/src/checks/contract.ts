import { type ContractReport, HUB_SUBGRAPH, checkContract } from "@dlhub/schema";

/**
 * The contract check for a department subgraph, or null for the hub. Departments are checked
 * against the live hub's SDL, so a department cannot publish hub types the hub does not define.
 */
export function contractFor(name: string, sdl: string, hubSdl: string | undefined, feedReachable: boolean | undefined): ContractReport | null {
  if (name === HUB_SUBGRAPH) return null;
  return checkContract(sdl, { name, hubSdl, feedReachable });
}
