import { type LiveSubgraph, type SavedOperation, type SupergraphDocument, type SupergraphSummary } from "@dlhub/schema";
import { type SavedOperationRow } from "./entities/saved-operation.entity.js";
import { type SubgraphVersionRow } from "./entities/subgraph-version.entity.js";
import { type SupergraphVersionRow } from "./entities/supergraph-version.entity.js";

/** Rows as callers see them: no SDL in lists, times as ISO strings, the same over HTTP as in process. */

export const subgraphRecord = (row: SubgraphVersionRow): LiveSubgraph => ({
  id: row.id,
  name: row.name,
  routingUrl: row.routingUrl,
  hash: row.hash,
  publishedBy: row.publishedBy,
  publishedAt: row.publishedAt.toISOString(),
});

/** `members` holds at least the row's subgraph versions; other entries are ignored. */
export function supergraphSummary(row: SupergraphVersionRow, members: ReadonlyMap<number, SubgraphVersionRow>): SupergraphSummary {
  const subgraphs = row.subgraphVersionIds
    .map((id) => members.get(id))
    .filter((member): member is SubgraphVersionRow => member !== undefined)
    .map(({ name, routingUrl, hash }) => ({ name, routingUrl, hash }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    version: row.version,
    hash: row.hash,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    reason: row.reason,
    rolledBackTo: row.rolledBackTo,
    subgraphs,
  };
}

export const supergraphDocument = (row: SupergraphVersionRow, members: ReadonlyMap<number, SubgraphVersionRow>): SupergraphDocument => ({
  ...supergraphSummary(row, members),
  sdl: row.sdl,
});

export const savedOperationRecord = (row: SavedOperationRow): SavedOperation => ({
  client: row.client,
  name: row.name,
  document: row.document,
  hash: row.hash,
  registeredAt: row.registeredAt.toISOString(),
  registeredBy: row.registeredBy,
});
