import { type ContractReport, HUB_SUBGRAPH, checkContract } from "@dlhub/schema";
import { type FeedProbeResult } from "../feed-probe.js";
import { feedDepartmentProblems } from "./feed-department.js";

/**
 * The contract check for a department subgraph, or null for the hub. Departments are checked
 * against the live hub's SDL, so a department cannot publish hub types the hub does not define.
 * `feed` is what the publish's probe read (undefined for a check, which does not probe): the FEED
 * rule needs both feeds to answer, FEED_DEPARTMENT needs them to name this department.
 */
export function contractFor(name: string, sdl: string, hubSdl: string | undefined, feed: FeedProbeResult | undefined): ContractReport | null {
  if (name === HUB_SUBGRAPH) return null;
  const report = checkContract(sdl, { name, hubSdl, feedReachable: feed?.reachable });
  const problems = [...report.problems, ...feedDepartmentProblems(name, feed?.pages ?? [])];
  return { ok: problems.length === 0, problems };
}
