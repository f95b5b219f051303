import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { type DocumentNode, GraphQLError, execute, type GraphQLSchema, getOperationAST, getVariableValues, printSchema, valueFromASTUntyped } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

/**
 * Runs a subgraph's operations with graphql-jit instead of graphql-js's interpreter: each query
 * document is compiled once into a function that resolves and completes exactly the fields it
 * selects, where graphql-js builds a resolve-info and an arguments object for every field of every
 * row and looks up how to complete each value as it goes. A catalog page of 20 initiatives
 * completes ~500 fields; compiled, the hub spends ~10% less CPU on it
 * (services/local-hub/src/bench/README.md). Same schema, same resolvers, same validation (Apollo
 * Server's, before this runs); only the execution differs.
 *
 * Apollo Server takes a custom executor only from a "gateway" (its one extension point for
 * execution), so this is one: it serves the subgraph's own schema, never changes it, and hands
 * Apollo Server the executor.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const executor = compiledExecutor(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}

/** One operation of a document, compiled. */
interface Compiled {
  query: CompiledQuery;
  variables: NonNullable<ReturnType<typeof getOperationAST>>["variableDefinitions"];
  /** Required variables with a default, as a caller would have written the default. */
  defaults: [name: string, value: unknown][];
}

/**
 * Compiles each document once per operation name. Kept beside the document itself (a WeakMap):
 * Apollo Server's document store holds one parsed document per query text, in an LRU bounded by
 * size, so compiled queries live and go with the documents Apollo keeps; nothing here grows on
 * its own.
 */
function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | typeof INTERPRETED>>();
  return async (request) => {
    let byOperation = compiled.get(request.document);
    if (!byOperation) compiled.set(request.document, (byOperation = new Map()));
    const name = request.operationName ?? "";
    let operation = byOperation.get(name);
    if (!operation) byOperation.set(name, (operation = compile(schema, request.document, request.operationName ?? undefined)));
    // A document graphql-jit cannot compile (validation has passed, so a gap of graphql-jit's)
    // is run by graphql-js, as before.
    if (operation === INTERPRETED) return execute({ schema, document: request.document, operationName: request.operationName, variableValues: request.request.variables, contextValue: request.context });
    const input = request.request.variables ?? {};
    // Variables are checked by graphql-js, as before: the same errors, which Apollo Server answers
    // with 400 and BAD_USER_INPUT. graphql-jit's own check then only sees valid values, once the
    // defaults of required variables are filled in (it refuses `$first: Int! = 50` left out).
    const { errors } = getVariableValues(schema, operation.variables ?? [], input);
    if (errors) return { errors };
    const result = await operation.query.query(undefined, request.context, withDefaults(input, operation.defaults));
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };
}

const INTERPRETED = Symbol("run by graphql-js");

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled | typeof INTERPRETED {
  const query = compileQuery(schema, document, operationName);
  if (!isCompiledQuery(query)) return INTERPRETED;
  const variables = getOperationAST(document, operationName)?.variableDefinitions ?? [];
  const defaults = variables.flatMap((v): [string, unknown][] =>
    v.type.kind === "NonNullType" && v.defaultValue ? [[v.variable.name.value, valueFromASTUntyped(v.defaultValue)]] : [],
  );
  return { query, variables, defaults };
}

/**
 * graphql-jit's errors as graphql-js makes them. Its own error type has no `extensions` object when
 * the error carries none (a null in a non-null field, say), and Apollo Server, reading a code from
 * it, failed and answered a bare "Internal server error" without the error's path.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  // Where in the query, as graphql-jit worked it out (graphql-js's own constructor takes nodes).
  return Object.assign(made, { locations: error.locations });
}

function withDefaults(input: Record<string, unknown>, defaults: Compiled["defaults"]): Record<string, unknown> {
  const missing = defaults.filter(([name]) => input[name] === undefined);
  return missing.length === 0 ? input : { ...input, ...Object.fromEntries(missing) };
}
