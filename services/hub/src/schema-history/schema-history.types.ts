import { DateTime } from "@dlhub/schema";
import { Field, Int, ObjectType } from "type-graphql";
import { type RegistryHistory } from "./registry-history.js";

/**
 * What the schema registry has recorded, for department developers: which version of each
 * subgraph is live, every supergraph version, and what changed between two. The hub stores none
 * of it; every field asks the registry when it is resolved.
 */
@ObjectType({ description: "The schema registry's record of the graph: live subgraphs, supergraph versions and what changed between them." })
export class SchemaHistory {
  /** Null when the hub follows no registry: the lists are then empty. */
  constructor(readonly registry: RegistryHistory | null) {}
}

@ObjectType({ description: "The version of a subgraph the live supergraph was composed from." })
export class PublishedSubgraph {
  @Field({ description: 'The subgraph\'s name, e.g. "libraries" or "hub".' })
  name!: string;

  @Field({ description: "Where the gateway reaches the subgraph." })
  routingUrl!: string;

  @Field({ description: "sha256 of the published SDL, hex." })
  hash!: string;

  @Field({ description: "The subject of the token that published this version." })
  publishedBy!: string;

  @Field(() => DateTime)
  publishedAt!: Date;

  /** Where `versions` is counted, only when a query asks for it. */
  history!: RegistryHistory;
}

@ObjectType({ description: "One composed supergraph version the registry stored (a publish, a rollback or a delete)." })
export class SupergraphVersion {
  @Field(() => Int)
  version!: number;

  @Field({ description: "sha256 of the supergraph SDL, hex." })
  hash!: string;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field({ description: "The subject of the token that published, rolled back or deleted." })
  createdBy!: string;

  @Field({ description: '"publish", "rollback" or "delete" (a subgraph taken out of the supergraph).' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: "For a rollback, the version whose SDL and subgraphs it restored." })
  rolledBackTo!: number | null;

  @Field(() => [String], { description: "The names of the subgraphs it was composed from." })
  subgraphs!: string[];
}

@ObjectType({ description: "One difference between two supergraph versions' API schemas, as @graphql-inspector/core rates it." })
export class SchemaChange {
  @Field({ description: 'One of "BREAKING", "DANGEROUS" or "SAFE", for a client of the graph.' })
  criticality!: string;

  @Field({ description: 'graphql-inspector\'s change type, e.g. "FIELD_REMOVED".' })
  type!: string;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: 'The schema coordinate changed, e.g. "ComputerLab.workstations".' })
  path!: string | null;
}
