import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ErrorCode, httpStatusOf } from "@dlhub/schema";
import { GraphQLError } from "graphql";

/** Names are echoed back to help the caller; a name that fills the body is not. */
const SHOWN_NAME_LENGTH = 100;

/**
 * Refuses, with OPERATION_RESOLUTION_FAILURE and HTTP 400, a document whose operation cannot be
 * chosen: `operationName` names none of its operations, or it holds several and names none.
 *
 * Apollo Server answers this itself when it executes a schema, but with a gateway it hands the
 * unresolved document to the gateway's executor, which throws a plain error: an HTTP 500
 * INTERNAL_SERVER_ERROR for what is the caller's mistake. The words are graphql-js's, as every
 * department's subgraph says them.
 */
export function operationResolution(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new GraphQLError(unresolvedMessage(request.operationName), {
            extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: httpStatusOf(ErrorCode.OPERATION_RESOLUTION_FAILURE) } },
          });
        },
      };
    },
  };
}

// Validation has passed by now, so a document without a name to choose by holds several operations.
function unresolvedMessage(operationName: string | undefined): string {
  if (operationName === undefined) return "Must provide operation name if query contains multiple operations.";
  const shown = operationName.length > SHOWN_NAME_LENGTH ? `${operationName.slice(0, SHOWN_NAME_LENGTH)}…` : operationName;
  return `Unknown operation named ${JSON.stringify(shown)}.`;
}
