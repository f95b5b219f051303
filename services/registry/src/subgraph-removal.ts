import { type DataSource } from "typeorm";
import { type DeleteResult, HUB_SUBGRAPH, type Identity, type UsedCoordinate, badRequest, notFound } from "@dlhub/schema";
import { type EntityManager } from "typeorm";
import { judgeRemoval } from "./checks/judge-removal.js";
import { CheckFailed } from "./errors.js";
import { parseInput, subgraphName } from "./inputs.js";
import { type OperationsSource } from "./operations-source.js";
import { asDefinition, readLiveState } from "./live-state.js";
import { supergraphSummary } from "./records.js";
import { recordSubgraphDeleted } from "./webhooks/index.js";
import { insertSupergraphVersion, takeRegistryLock } from "./writes.js";

/**
 * Takes a subgraph out of the live set: a new supergraph version composed from the others, with
 * reason "delete". Its versions stay in its history (nothing stored is removed), and publishing it
 * again brings it back. Refused with CHECK_FAILED and nothing stored when the rest would not compose
 * or an operation that works today (saved, or seen in real traffic within the window) would break.
 */
export async function removeSubgraph(db: DataSource, name: string, identity: Identity, operationsOf: OperationsSource,
  usageOf: (manager: EntityManager) => Promise<UsedCoordinate[]> = async () => [],
): Promise<DeleteResult> {
  parseInput(subgraphName, name, "subgraph name");
  if (name === HUB_SUBGRAPH) throw badRequest("The hub subgraph cannot be deleted: it defines the Initiative every department extends.");
  return db.transaction(async (manager) => {
    await takeRegistryLock(manager);
    const live = await readLiveState(manager);
    if (!live.subgraphs.some((subgraph) => subgraph.name === name)) throw notFound(`No subgraph named ${name} is live.`);
    const { report, supergraphSdl, subgraphs } = await judgeRemoval({
      name,
      live: { subgraphs: live.subgraphs.map(asDefinition), supergraphSdl: live.supergraph?.sdl ?? null },
      // Read under the lock, so an operation registered meanwhile is judged too.
      operations: await operationsOf(manager),
      usage: await usageOf(manager),
    });
    if (!report.ok || supergraphSdl === null) throw new CheckFailed(report);
    const kept = new Set(subgraphs.map((subgraph) => subgraph.name));
    const members = live.subgraphs.filter((subgraph) => kept.has(subgraph.name));
    const row = await insertSupergraphVersion(manager, live, {
      sdl: supergraphSdl,
      subgraphVersionIds: members.map(({ id }) => id),
      createdBy: identity.subject,
      reason: "delete",
      rolledBackTo: null,
    });
    // In the delete's transaction: subscribers hear of it exactly when it has happened.
    await recordSubgraphDeleted(manager, { subgraph: name, supergraphVersion: row.version, deletedBy: identity.subject });
    return { deleted: name, supergraph: supergraphSummary(row, new Map(members.map((member) => [member.id, member]))), report };
  });
}
