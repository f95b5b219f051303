import { type SupergraphDiff, type SupergraphDocument, type SupergraphMember, type SubgraphVersionChange } from "@dlhub/schema";
import { apiSchemaOf } from "./checks/api-schema.js";
import { apiSchemaChanges, criticalityOf } from "./checks/schema-changes.js";

/**
 * What changed from one supergraph version to another: the API schema changes a client can see,
 * rated by the same rule as a publish's check, and the subgraphs added, removed or republished.
 */
export async function diffSupergraphs(from: SupergraphDocument, to: SupergraphDocument): Promise<SupergraphDiff> {
  const changes = (await apiSchemaChanges(apiSchemaOf(from.sdl), apiSchemaOf(to.sdl))).map((change) => ({
    criticality: criticalityOf(change),
    type: change.type,
    message: change.message,
    ...(change.path ? { path: change.path } : {}),
  }));
  return { from: from.version, to: to.version, changes, subgraphs: memberChanges(from.subgraphs, to.subgraphs) };
}

function memberChanges(from: SupergraphMember[], to: SupergraphMember[]): SubgraphVersionChange[] {
  const before = new Map(from.map((member) => [member.name, member]));
  const after = new Map(to.map((member) => [member.name, member]));
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names
    .map((name) => ({ name, from: before.get(name) ?? null, to: after.get(name) ?? null }))
    .filter(({ from: a, to: b }) => a === null || b === null || a.hash !== b.hash || a.routingUrl !== b.routingUrl);
}
