import { type ApolloServerOptionsWithGateway, type BaseContext } from "@apollo/server";

/** The gateway as Apollo Server sees it: what the in-flight sharing and the response cache wrap. */
export type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
export type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>;
export type ExecutionContext = Parameters<GatewayExecutor>[0];
export type ExecutionResult = Awaited<ReturnType<GatewayExecutor>>;

/**
 * The gateway with its executor wrapped, everything else passed through: how in-flight sharing
 * and the response cache each take their place between Apollo Server and the query planner.
 */
export function wrapExecutor(gateway: GatewayInterface, wrap: (executor: GatewayExecutor) => GatewayExecutor): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const { executor } = await gateway.load(options);
      return { executor: executor ? wrap(executor) : executor };
    },
  };
}

/**
 * Each caller given a shared or kept result gets its own result object: Apollo Server formats
 * errors and extensions per request, and one request's plugins must not write into another's answer.
 */
export function ownCopy(result: ExecutionResult): ExecutionResult {
  return {
    ...result,
    ...(result.errors ? { errors: [...result.errors] } : {}),
    ...(result.extensions ? { extensions: { ...result.extensions } } : {}),
  };
}
