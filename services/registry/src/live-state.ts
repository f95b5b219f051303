import { type EntityManager, In } from "typeorm";
import { type SubgraphDefinition } from "@dlhub/schema";
import { SubgraphVersionRow } from "./entities/subgraph-version.entity.js";
import { SupergraphVersionRow } from "./entities/supergraph-version.entity.js";

export interface LiveState {
  /** The newest supergraph version; null before the first publish. */
  supergraph: SupergraphVersionRow | null;
  /** Its subgraph versions, by name. */
  subgraphs: SubgraphVersionRow[];
}

/**
 * The live state is the newest supergraph version and the subgraph versions it lists. Rows are
 * never changed once written, so these two reads agree without a transaction of their own.
 */
export async function readLiveState(manager: EntityManager): Promise<LiveState> {
  const supergraph = await latestSupergraph(manager);
  if (!supergraph) return { supergraph: null, subgraphs: [] };
  const subgraphs = await manager.findBy(SubgraphVersionRow, { id: In(supergraph.subgraphVersionIds) });
  return { supergraph, subgraphs: subgraphs.sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function latestSupergraph(manager: EntityManager): Promise<SupergraphVersionRow | null> {
  const [latest] = await manager.find(SupergraphVersionRow, { order: { version: "DESC" }, take: 1 });
  return latest ?? null;
}

/**
 * The subgraph versions the newest supergraph lists, without any SDL: what GET /subgraphs answers,
 * which the hub's sync asks every round (every second by default) to find departments' feeds. The
 * texts (the supergraph's and every member's, ~150 kB here) would be read only to be dropped.
 */
export async function liveMembers(manager: EntityManager): Promise<SubgraphVersionRow[]> {
  const [latest] = await manager.find(SupergraphVersionRow, { select: { version: true, subgraphVersionIds: true }, order: { version: "DESC" }, take: 1 });
  if (!latest) return [];
  const members = await subgraphVersionsById(manager, latest.subgraphVersionIds);
  return [...members.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The newest version number alone: what the gateway's every-second poll needs to answer 304. */
export async function latestVersion(manager: EntityManager): Promise<number | null> {
  const [row] = (await manager.query("SELECT max(version) AS version FROM supergraph_version")) as { version: number | null }[];
  return row?.version ?? null;
}

/** Subgraph versions by id, without their SDL, for naming the members of supergraph versions. */
export async function subgraphVersionsById(manager: EntityManager, ids: number[]): Promise<Map<number, SubgraphVersionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.find(SubgraphVersionRow, {
    select: { id: true, name: true, routingUrl: true, hash: true, publishedBy: true, publishedAt: true },
    where: { id: In([...new Set(ids)]) },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

export const asDefinition = (row: SubgraphVersionRow): SubgraphDefinition => ({ name: row.name, url: row.routingUrl, sdl: row.sdl });
