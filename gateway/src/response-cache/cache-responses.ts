import { OperationTypeNode } from "graphql";
import { operationKey } from "../dedup/operations.js";
import { type ExecutionResult, type GatewayInterface, ownCopy, wrapExecutor } from "../gateway-interface.js";
import { Answers } from "./answers.js";
import { DataVersions } from "./data-versions.js";
import { noteSubgraphsUsed } from "./used-subgraphs.js";

/**
 * The gateway as Apollo Server sees it, answering a query from a kept answer while the data it
 * read is unchanged.
 *
 * An answer is kept by the same key in-flight sharing uses (document, operation, variables and
 * what the caller may see: dedup/visibility.ts), so two callers who could be answered differently
 * never share one; mutations and subscriptions are never kept, nor answers with errors (a
 * department that was down is asked again). Each answer is tagged with the subgraphs it fetched
 * from and kept only if all of their data versions were known before it ran and were still the
 * same after: a write committed while it ran drops it at once. When a subgraph's version moves
 * (data-versions.ts: polled, or a mutation this gateway sent through it) every answer that read
 * it goes; a new supergraph empties the cache. Like in-flight sharing, only execution is saved:
 * parsing, validation, limits, trusted documents and the rate limit apply to every request.
 */
export function cacheResponses(gateway: GatewayInterface, answers: Answers<ExecutionResult>, versions: DataVersions): GatewayInterface {
  versions.onChange((subgraph) => answers.dropUsing(subgraph));
  gateway.onSchemaLoadOrUpdate(() => answers.clear());
  return wrapExecutor(gateway, (executor) => async (requestContext) => {
    const key = operationKey(requestContext);
    if (key === null) {
      if (requestContext.operation.operation !== OperationTypeNode.MUTATION) return executor(requestContext);
      // A caller reads its own writes: what the written subgraphs answered before is dropped
      // now, not when their versions are next read.
      const wrote = noteSubgraphsUsed(requestContext.context);
      try {
        return await executor(requestContext);
      } finally {
        versions.wrote(wrote);
      }
    }
    const kept = answers.get(key, requestContext.schema);
    if (kept) return ownCopy(kept);
    const before = versions.snapshot();
    const used = noteSubgraphsUsed(requestContext.context);
    const result = await executor(requestContext);
    if (!result.errors?.length && result.data && DataVersions.sameFor(used, before, versions.snapshot())) {
      answers.set(key, requestContext.schema, ownCopy(result), used);
    }
    return result;
  });
}

/** The response cache's settings (README, "Response cache"). */
export interface ResponseCacheSettings {
  /** The most memory kept answers may take, in bytes; 0 turns the cache off. */
  maxBytes: number;
  /** How often each subgraph's data version is read. */
  pollMs: number;
  /** The longest an answer is kept, however still its data: bounds what no data version covers (when a department was last read). */
  maxAgeMs: number;
}

