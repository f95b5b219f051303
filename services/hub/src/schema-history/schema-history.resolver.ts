import { ClientError, ErrorCode, badUserInput } from "@dlhub/subgraph-kit";
import { Arg, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { checkLimit } from "../analysis/limit.js";
import { RegistryHistory } from "./registry-history.js";
import { PublishedSubgraph, SchemaChange, SchemaHistory, SupergraphVersion } from "./schema-history.types.js";

/**
 * The `schemaHistory` query over one registry. A class per hub definition because the registry's
 * URL is the hub's option, not a request's; type-graphql builds each schema from the resolver
 * classes it is given, so two hubs in one process (the committed SDL's and a running one) do not
 * see each other's. Nullable, unlike the hub's other roots: with the registry down its fields
 * fail with DEPARTMENT_UNAVAILABLE, and only a nullable root keeps the rest of the answer.
 */
export function schemaHistoryQuery(registryUrl: string | undefined): Function {
  const registry = registryUrl ? new RegistryHistory(registryUrl) : null;

  @Resolver()
  class SchemaHistoryQuery {
    @Query(() => SchemaHistory, {
      nullable: true,
      description:
        "What the schema registry recorded: each subgraph's live version, the supergraph's versions and what changed between two. Empty lists when the hub follows no registry; null (with a DEPARTMENT_UNAVAILABLE error naming the registry in extensions.service) when the registry does not answer, or with a BAD_USER_INPUT or NOT_FOUND error for a diff that cannot be made.",
    })
    schemaHistory(): SchemaHistory {
      return new SchemaHistory(registry);
    }
  }
  return SchemaHistoryQuery;
}

@Resolver(() => SchemaHistory)
export class SchemaHistoryResolver {
  @FieldResolver(() => [PublishedSubgraph], { description: "The version of each subgraph the live supergraph was composed from, by name." })
  subgraphs(@Root() history: SchemaHistory): Promise<PublishedSubgraph[]> | PublishedSubgraph[] {
    return history.registry?.subgraphs() ?? [];
  }

  @FieldResolver(() => [SupergraphVersion], { description: "Supergraph versions, newest first (at most 100)." })
  supergraphVersions(
    @Root() history: SchemaHistory,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
  ): Promise<SupergraphVersion[]> | SupergraphVersion[] {
    checkLimit(first, 100, "first");
    return history.registry?.supergraphVersions(first) ?? [];
  }

  @FieldResolver(() => [SchemaChange], {
    description:
      "What changed in the API schema (what clients see through the gateway) from supergraph version `from` to version `to`, rated as the registry's publish checks rate it. `from` may be the newer version.",
  })
  diff(
    @Root() history: SchemaHistory,
    @Arg("from", () => Int) from: number,
    @Arg("to", () => Int) to: number,
  ): Promise<SchemaChange[]> {
    for (const [name, version] of [["from", from], ["to", to]] as const) {
      if (version < 1) throw badUserInput(`\`${name}\` must be a supergraph version (1 or more), got ${version}`, name);
    }
    if (!history.registry) {
      throw new ClientError(ErrorCode.NOT_FOUND, `Supergraph version ${from} does not exist: this hub follows no schema registry (HUB_REGISTRY_URL).`);
    }
    return history.registry.diff(from, to);
  }
}

@Resolver(() => PublishedSubgraph)
export class PublishedSubgraphResolver {
  @FieldResolver(() => Int, { description: "How many versions of the subgraph were ever published." })
  versions(@Root() subgraph: PublishedSubgraph): Promise<number> {
    return subgraph.history.versionCount(subgraph.name);
  }
}
