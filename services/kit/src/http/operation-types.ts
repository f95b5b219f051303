import { GraphQLError, type ValidationRule } from "graphql";

/**
 * Refuses, as a validation error (GRAPHQL_VALIDATION_FAILED, HTTP 400), an operation of a kind the
 * schema has no root type for: today every `subscription`, as the hub serves none. graphql-js 16
 * does not check this while validating (version 17 does, as KnownOperationTypesRule), so such an
 * operation used to reach execution and fail there, an INTERNAL_SERVER_ERROR from a subgraph and
 * an HTTP 500 from the gateway, whose executor throws.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const schema = context.getSchema();
    const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[operation.operation];
    if (!root) context.reportError(new GraphQLError(`The graph has no ${operation.operation} operations.`, { nodes: operation }));
  },
});
