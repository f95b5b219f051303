import { apiSchemaChanges, apiSchemaOf, criticalityOf } from "@dlhub/registry";
import { ErrorCode, RegistryClient, RegistryError, type SupergraphDocument, notFound } from "@dlhub/schema";
import { UnavailableError } from "@dlhub/subgraph-kit";
import { PublishedSubgraph, type SchemaChange, SupergraphVersion } from "./schema-history.types.js";

/** Long enough for a registry under load, short enough that a dead one does not hold a request. */
const REQUEST_TIMEOUT_MS = 5000;

/**
 * The schema registry's HTTP API as the schema history reads it, over the schema package's
 * RegistryClient. Its failures become GraphQL errors a client can act on: a version that does not
 * exist is NOT_FOUND; a registry that cannot be reached, is too slow or answers nonsense is
 * DEPARTMENT_UNAVAILABLE (the kit's code for a part of the hub that is down), with
 * `extensions.service` naming the registry, never a bare internal error.
 */
export class RegistryHistory {
  private readonly client: RegistryClient;

  constructor(registryUrl: string, timeoutMs = REQUEST_TIMEOUT_MS) {
    this.client = new RegistryClient(registryUrl, {
      fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
    });
  }

  async subgraphs(): Promise<PublishedSubgraph[]> {
    const live = await this.ask(() => this.client.listSubgraphs());
    return live.map(({ name, routingUrl, hash, publishedBy, publishedAt }) =>
      Object.assign(new PublishedSubgraph(), { name, routingUrl, hash, publishedBy, publishedAt: new Date(publishedAt), history: this }),
    );
  }

  /** How many versions of the subgraph were ever published. */
  async versionCount(name: string): Promise<number> {
    return (await this.ask(() => this.client.subgraphHistory(name))).length;
  }

  /** Newest first. */
  async supergraphVersions(first: number): Promise<SupergraphVersion[]> {
    const versions = await this.ask(() => this.client.supergraphHistory());
    return versions.slice(0, first).map(({ version, hash, createdAt, createdBy, reason, rolledBackTo, subgraphs }) =>
      Object.assign(new SupergraphVersion(), { version, hash, createdAt: new Date(createdAt), createdBy, reason, rolledBackTo, subgraphs: subgraphs.map((s) => s.name) }),
    );
  }

  /**
   * What a client of the graph would notice going from one version to the other: both API
   * schemas (the supergraph without its federation machinery and `@inaccessible` elements)
   * compared the way the registry's publish checks compare them. `from` may be the newer one:
   * the changes then read as undoing it.
   */
  async diff(from: number, to: number): Promise<SchemaChange[]> {
    if (from === to) return [];
    const [before, after] = await Promise.all([this.version(from), this.version(to)]);
    const changes = await apiSchemaChanges(apiSchemaOf(before.sdl), apiSchemaOf(after.sdl));
    return changes.map((change) => ({ criticality: criticalityOf(change), type: change.type, message: change.message, path: change.path ?? null }));
  }

  private version(version: number): Promise<SupergraphDocument> {
    return this.ask(() => this.client.supergraphVersion(version));
  }

  private async ask<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof RegistryError && error.status === 404 && error.code === ErrorCode.NOT_FOUND) {
        throw notFound(error.message);
      }
      throw new UnavailableError(ErrorCode.DEPARTMENT_UNAVAILABLE, "The schema registry did not answer; the schema history is unavailable. Try again shortly.", {
        service: "registry",
      });
    }
  }
}
