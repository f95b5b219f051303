import { type CheckReport, type SchemaChange } from "./check-report.js";

/** What a department publishes: its subgraph SDL and where the gateway reaches it. */
export interface SubgraphInput {
  sdl: string;
  routingUrl: string;
}

/** One stored version of a subgraph. Times are ISO 8601 strings: the same shape on both sides of HTTP. */
export interface LiveSubgraph {
  id: number;
  name: string;
  routingUrl: string;
  /** sha256 of the SDL, hex. */
  hash: string;
  /** The publishing token's subject. */
  publishedBy: string;
  publishedAt: string;
}

/** A subgraph version in its history; `live` marks the one the current supergraph was composed from. */
export interface SubgraphVersion extends LiveSubgraph {
  live: boolean;
}

export type SupergraphReason = "publish" | "rollback" | "delete";

export interface SupergraphMember {
  name: string;
  routingUrl: string;
  hash: string;
}

export interface SupergraphSummary {
  version: number;
  hash: string;
  createdAt: string;
  createdBy: string;
  reason: SupergraphReason;
  /** For a rollback, the version whose SDL and subgraphs it restored. */
  rolledBackTo: number | null;
  subgraphs: SupergraphMember[];
}

export interface SupergraphDocument extends SupergraphSummary {
  sdl: string;
}

export interface PublishResult {
  published: true;
  /** True when the SDL and routing URL equal the live ones: nothing new was stored. */
  unchanged: boolean;
  subgraph: LiveSubgraph;
  supergraph: { version: number; hash: string };
  report: CheckReport;
}

export interface OperationInput {
  name: string;
  document: string;
}

/** An operation a client registered; publishes that would break it are refused. */
export interface SavedOperation {
  client: string;
  name: string;
  document: string;
  hash: string;
  registeredAt: string;
  registeredBy: string;
}

/**
 * A registered document a gateway accepts by id (GET /persisted-documents): every saved operation
 * is one, its id the sha256 (hex) of its exact text, which is also Apollo's persisted-query hash.
 */
export interface PersistedDocument {
  id: string;
  document: string;
  client: string;
  name: string;
}

/** What `DELETE /subgraphs/:name` answers: the new version served without the subgraph, and the checks it passed. */
export interface DeleteResult {
  deleted: string;
  supergraph: SupergraphSummary;
  report: CheckReport;
}

/** A subgraph whose version differs between two supergraph versions; null on the side it is absent from. */
export interface SubgraphVersionChange {
  name: string;
  from: SupergraphMember | null;
  to: SupergraphMember | null;
}

/** What changed between two supergraph versions, as clients see it (their API schemas) and by subgraph. */
export interface SupergraphDiff {
  from: number;
  to: number;
  /** graphql-inspector's changes from `from`'s API schema to `to`'s, each rated for any client. */
  changes: Omit<SchemaChange, "operations">[];
  /** Subgraphs added, removed or published anew between the two; unchanged ones are left out. */
  subgraphs: SubgraphVersionChange[];
}
