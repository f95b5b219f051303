import { type ServiceMetrics } from "@dlhub/subgraph-kit";
import { type GraphQLSchema, OperationTypeNode } from "graphql";
import { type ExecutionContext, type ExecutionResult, type GatewayInterface, ownCopy, wrapExecutor } from "../gateway-interface.js";
import { InFlight } from "./in-flight.js";
import { visibilityKey } from "./visibility.js";

/**
 * The gateway as Apollo Server sees it, with identical queries in flight sharing one execution.
 *
 * Only execution is shared: Apollo Server still parses, validates, checks limits, trusted
 * documents and usage for each request, and the rate limit counted it before that, so every
 * caller pays its own way in. A query is identical when its document (hash of the text), the
 * operation name, the variables and what the caller may see (visibility.ts) are; each supergraph
 * keeps its own set, so a request validated against a new supergraph never joins an execution
 * planned on the old one. Mutations and subscriptions always run alone. A failure reaches every
 * caller sharing the execution, as its answer would have.
 */
export function deduplicateOperations(gateway: GatewayInterface, metrics?: ServiceMetrics): GatewayInterface {
  const shared = metrics?.counter({
    name: "dlhub_gateway_operations_deduplicated_total",
    help: "Queries answered by an identical query's execution already in flight, instead of executing again.",
  });
  const running = new WeakMap<GraphQLSchema, InFlight<ExecutionResult>>();
  const inFlight = (schema: GraphQLSchema) => {
    let operations = running.get(schema);
    if (!operations) running.set(schema, (operations = new InFlight()));
    return operations;
  };
  return wrapExecutor(gateway, (executor) => async (requestContext) => {
    const key = operationKey(requestContext);
    if (key === null) return executor(requestContext);
    const execution = inFlight(requestContext.schema).run(key, () => executor(requestContext));
    if (execution.shared) shared?.inc();
    // Taken before any caller's plugins run, the first caller's included.
    return ownCopy(await execution.result);
  });
}

/** What makes two requests the same query for the same eyes; null for what is never shared. */
export function operationKey(requestContext: Pick<ExecutionContext, "operation" | "queryHash" | "request" | "context">): string | null {
  if (requestContext.operation.operation !== OperationTypeNode.QUERY) return null;
  const visibility = visibilityKey(requestContext.context);
  if (visibility === null) return null;
  const { operationName, variables } = requestContext.request;
  return JSON.stringify([visibility, requestContext.queryHash, operationName ?? null, variables ?? {}]);
}
