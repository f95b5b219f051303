import { type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { coordinatesOf } from "./coordinates.js";

/**
 * Each distinct document's coordinates, worked out once per supergraph: the gateway builds a new
 * API schema object for every supergraph version it loads, so the schema's identity stands for the
 * version and a new one empties the cache (the same document may read differently against it).
 * Bounded: past `maxDocuments` the oldest document is forgotten and recomputed if it comes back.
 */
export class CoordinateCache {
  private schema: GraphQLSchema | null = null;
  private readonly documents = new Map<string, readonly string[]>();

  constructor(private readonly maxDocuments: number) {}

  /** Keyed by the document's hash and the operation chosen, since a document may hold several. */
  coordinates(schema: GraphQLSchema, documentHash: string, document: DocumentNode, operation: OperationDefinitionNode): readonly string[] {
    if (schema !== this.schema) {
      this.schema = schema;
      this.documents.clear();
    }
    const key = `${documentHash}:${operation.name?.value ?? ""}`;
    const known = this.documents.get(key);
    if (known) return known;
    const coordinates = coordinatesOf(schema, document, operation);
    if (this.documents.size >= this.maxDocuments) this.documents.delete(this.documents.keys().next().value as string);
    this.documents.set(key, coordinates);
    return coordinates;
  }
}
