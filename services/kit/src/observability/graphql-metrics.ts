import { performance } from "node:perf_hooks";
import { type ApolloServerPlugin, type BaseContext, type GraphQLResponse } from "@apollo/server";
import { BoundedLabel, type ServiceMetrics } from "./metrics.js";

/** Distinct operation names kept as labels; saved and console operations number a few dozen. */
const OPERATION_LIMIT = 200;
/** Error codes are one enum, but a department may pass on codes of its own. */
const OUTCOME_LIMIT = 50;

/**
 * Counts and times every GraphQL request a service answers, by operation name and outcome: `ok`,
 * or the code of the first error in the answer (after masking: what the caller saw). An answer
 * with data and errors (a department unavailable) counts under that error's code.
 */
export function graphqlMetricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin<BaseContext> {
  const labelNames = ["operation", "outcome"] as const;
  const requests = metrics.counter({
    name: "dlhub_graphql_requests_total",
    help: "GraphQL requests answered, by operation name and outcome (ok, or the first error's code).",
    labelNames,
  });
  const duration = metrics.histogram({
    name: "dlhub_graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its answer, by operation name and outcome.",
    labelNames,
  });
  const operations = new BoundedLabel(OPERATION_LIMIT);
  const outcomes = new BoundedLabel(OUTCOME_LIMIT);
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, response }) {
          // An operation that never resolved (unparsable, unknown name) has no name to give.
          const name = operation ? (operationName ?? "anonymous") : "unknown";
          const labels = { operation: operations.of(name), outcome: outcomes.of(outcomeOf(response)) };
          requests.inc(labels);
          duration.observe(labels, (performance.now() - started) / 1000);
        },
      };
    },
  };
}

function outcomeOf(response: GraphQLResponse): string {
  const errors = response.body.kind === "single" ? response.body.singleResult.errors : response.body.initialResult.errors;
  if (!errors?.length) return "ok";
  const code = errors[0].extensions?.code;
  return typeof code === "string" && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : "UNKNOWN";
}
