import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type SubgraphDefinition } from "./compose.js";

/** The repository root, found from this package's location (dist/federation or src/federation). */
export const REPOSITORY_ROOT = resolve(__dirname, "..", "..", "..");
export const SUPERGRAPH_PATH = join(REPOSITORY_ROOT, "schema", "supergraph.graphql");

interface ListedSubgraph {
  name: string;
  sdl: string;
  url: string;
}

/** The committed subgraph list (schema/subgraphs.json) with each department's committed SDL. */
export function listedSubgraphs(): SubgraphDefinition[] {
  const file = join(REPOSITORY_ROOT, "schema", "subgraphs.json");
  const { subgraphs } = JSON.parse(readFileSync(file, "utf8")) as { subgraphs: ListedSubgraph[] };
  return subgraphs.map(({ name, sdl, url }) => ({
    name,
    url,
    sdl: readFileSync(join(REPOSITORY_ROOT, sdl), "utf8"),
  }));
}

/** The committed supergraph, composed from the listed subgraphs' committed SDL. */
export function committedSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, "utf8");
}
