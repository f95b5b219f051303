import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type SubgraphDefinition } from "./compose.js";

/** The repository root, found from this package's location (dist/federation or src/federation). */
export const REPOSITORY_ROOT = resolve(__dirname, "..", "..", "..");
export const SUPERGRAPH_PATH = join(REPOSITORY_ROOT, "schema", "supergraph.graphql");

/** One subgraph in schema/subgraphs.json; the port of its URL is the service's default port. */
export interface ListedSubgraph {
  name: string;
  url: string;
  /** Its committed SDL from the repository root; only the composed subgraphs carry it. */
  sdl?: string;
}

/**
 * schema/subgraphs.json: `subgraphs` are composed into the committed supergraph; `published` join
 * the graph only by `dlhub subgraph publish` (immigrant-affairs, scaffolded departments) and are
 * listed for their ports alone.
 */
export interface SubgraphList {
  subgraphs: (ListedSubgraph & { sdl: string })[];
  published?: ListedSubgraph[];
}

export const subgraphListPath = (root = REPOSITORY_ROOT) => join(root, "schema", "subgraphs.json");

/** The list as committed; a folder without one (a scratch repository) lists nothing. */
export function readSubgraphList(root = REPOSITORY_ROOT): SubgraphList {
  const file = subgraphListPath(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as SubgraphList) : { subgraphs: [] };
}

/** Every listed subgraph, composed or published, with the port its local URL names. */
export function listedPorts(root = REPOSITORY_ROOT): { name: string; port: number }[] {
  const { subgraphs, published = [] } = readSubgraphList(root);
  return [...subgraphs, ...published].map(({ name, url }) => ({ name, port: Number(new URL(url).port) }));
}

/**
 * The port a subgraph listens on unless `<NAME>_PORT` says otherwise: the one table of default
 * ports, which the kit's environment, the local runner and the scaffold all read, so two services
 * never default to the same port. Undefined for a subgraph the list does not name.
 */
export const defaultPort = (name: string, root = REPOSITORY_ROOT): number | undefined =>
  listedPorts(root).find((listed) => listed.name === name)?.port;

/**
 * Lists a new department under `published` with its default port, so its service defaults to it
 * and no later department takes it. A name already listed is left alone, so running it twice
 * changes nothing; says whether it added the entry.
 */
export function listPublishedSubgraph(name: string, port: number, root = REPOSITORY_ROOT): boolean {
  const list = readSubgraphList(root);
  const published = list.published ?? [];
  if ([...list.subgraphs, ...published].some((listed) => listed.name === name)) return false;
  const file = subgraphListPath(root);
  mkdirSync(dirname(file), { recursive: true });
  const entry: ListedSubgraph = { name, url: `http://localhost:${port}/graphql` };
  writeFileSync(file, `${JSON.stringify({ ...list, published: [...published, entry] }, null, 2)}\n`);
  return true;
}

/** The committed subgraph list (schema/subgraphs.json) with each composed department's committed SDL. */
export function listedSubgraphs(): SubgraphDefinition[] {
  return readSubgraphList().subgraphs.map(({ name, sdl, url }) => ({
    name,
    url,
    sdl: readFileSync(join(REPOSITORY_ROOT, sdl), "utf8"),
  }));
}

/** The committed supergraph, composed from the listed subgraphs' committed SDL. */
export function committedSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, "utf8");
}
