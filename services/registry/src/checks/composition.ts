import { parse } from "graphql";
import { CompositionFailed, type SubgraphDefinition, composeSupergraph } from "@dlhub/schema";

export type CompositionOutcome =
  | { ok: true; errors: []; supergraphSdl: string; subgraphs: SubgraphDefinition[] }
  | { ok: false; errors: string[]; supergraphSdl: null; subgraphs: SubgraphDefinition[] };

/**
 * Composes the live subgraphs with the candidate added, or in place of its live version. The set
 * is sorted by name so the same subgraphs always give the same supergraph SDL, and so the same hash.
 */
export function composeWithCandidate(live: SubgraphDefinition[], candidate: SubgraphDefinition): CompositionOutcome {
  const subgraphs = [...live.filter(({ name }) => name !== candidate.name), candidate].sort((a, b) => a.name.localeCompare(b.name));
  // Parsed first so a syntax error names the subgraph; composition would only report the message.
  try {
    parse(candidate.sdl);
  } catch (error) {
    return { ok: false, errors: [`The ${candidate.name} SDL cannot be parsed: ${(error as Error).message}`], supergraphSdl: null, subgraphs };
  }
  return composeSet(subgraphs);
}

/** Composes the live subgraphs without `name`: what deleting it would serve. */
export function composeWithout(live: SubgraphDefinition[], name: string): CompositionOutcome {
  return composeSet(live.filter((subgraph) => subgraph.name !== name).sort((a, b) => a.name.localeCompare(b.name)));
}

function composeSet(subgraphs: SubgraphDefinition[]): CompositionOutcome {
  try {
    return { ok: true, errors: [], supergraphSdl: composeSupergraph(subgraphs), subgraphs };
  } catch (error) {
    if (!(error instanceof CompositionFailed)) throw error;
    return { ok: false, errors: error.problems, supergraphSdl: null, subgraphs };
  }
}
