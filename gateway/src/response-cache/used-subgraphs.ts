/**
 * Which subgraphs one execution fetched from, noted as the gateway sends each fetch. Keyed by the
 * request's context object, which @apollo/gateway hands to every data source of the execution;
 * no async-context tracking, whose hooks would cost every promise of a query plan.
 */
const executions = new WeakMap<object, Set<string>>();

/** Starts noting the subgraphs the execution with this context fetches from; returns the set that fills. */
export function noteSubgraphsUsed(context: object): Set<string> {
  const used = new Set<string>();
  executions.set(context, used);
  return used;
}

/** Called for every fetch a client's operation makes. */
export function subgraphUsed(context: unknown, subgraph: string): void {
  if (typeof context === "object" && context !== null) executions.get(context)?.add(subgraph);
}
