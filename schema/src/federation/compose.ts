import { composeServices } from "@apollo/composition";
import { parse } from "graphql";

export interface SubgraphDefinition {
  name: string;
  url: string;
  sdl: string;
}

export class CompositionFailed extends Error {
  constructor(readonly problems: string[]) {
    super(`The subgraphs do not compose:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CompositionFailed";
  }
}

/** Composes department subgraphs into a standard Federation 2 supergraph SDL. */
export function composeSupergraph(subgraphs: SubgraphDefinition[]): string {
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) throw new CompositionFailed(result.errors.map((e) => e.message));
  return `${result.supergraphSdl.trim()}\n`;
}
