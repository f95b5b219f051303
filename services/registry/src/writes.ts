import { type EntityManager } from "typeorm";
import { type OperationInput, type SubgraphDefinition } from "@dlhub/schema";
import { SavedOperationRow } from "./entities/saved-operation.entity.js";
import { SubgraphVersionRow } from "./entities/subgraph-version.entity.js";
import { SupergraphVersionRow } from "./entities/supergraph-version.entity.js";
import { sha256 } from "./hash.js";
import { type LiveState } from "./live-state.js";

/**
 * Every write takes this transaction-scoped lock first, so publishes, rollbacks and operation
 * registrations happen one after another: each composes from, and numbers after, the state the
 * previous one committed. Released at commit or rollback; never held while probing a feed.
 */
export async function takeRegistryLock(manager: EntityManager): Promise<void> {
  await manager.query("SELECT pg_advisory_xact_lock(hashtext('dlhub-registry'))");
}

export async function insertSubgraphVersion(manager: EntityManager, subgraph: SubgraphDefinition, publishedBy: string): Promise<SubgraphVersionRow> {
  const { identifiers } = await manager.insert(SubgraphVersionRow, {
    name: subgraph.name,
    routingUrl: subgraph.url,
    sdl: subgraph.sdl,
    hash: sha256(subgraph.sdl),
    publishedBy,
    publishedAt: () => "now()",
  });
  return manager.findOneByOrFail(SubgraphVersionRow, { id: identifiers[0].id as number });
}

export type NewSupergraphVersion = Pick<SupergraphVersionRow, "sdl" | "subgraphVersionIds" | "createdBy" | "reason" | "rolledBackTo">;

/**
 * Numbered one past the newest version, read under the lock: versions have no gaps (a sequence
 * would skip numbers on rolled-back transactions), so "version 12" always means the twelfth.
 */
export async function insertSupergraphVersion(manager: EntityManager, live: LiveState, values: NewSupergraphVersion): Promise<SupergraphVersionRow> {
  const version = (live.supergraph?.version ?? 0) + 1;
  await manager.insert(SupergraphVersionRow, { ...values, version, hash: sha256(values.sdl), createdAt: () => "now()" });
  return manager.findOneByOrFail(SupergraphVersionRow, { version });
}

/** One client's saved operations become exactly `operations`. */
export async function replaceOperations(manager: EntityManager, client: string, operations: OperationInput[], registeredBy: string): Promise<SavedOperationRow[]> {
  await manager.delete(SavedOperationRow, { client });
  if (operations.length > 0) {
    await manager.insert(
      SavedOperationRow,
      operations.map(({ name, document }) => ({ client, name, document, hash: sha256(document), registeredBy, registeredAt: () => "now()" })),
    );
  }
  return manager.find(SavedOperationRow, { where: { client }, order: { name: "ASC" } });
}
