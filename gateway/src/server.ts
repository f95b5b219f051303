import { ApolloServer, type BaseContext } from "@apollo/server";
import { type GraphqlServer, type Logger, createGraphqlServer } from "@dlhub/subgraph-kit";
import { createGateway, type GatewayOptions } from "./gateway.js";
import { mountExplorer } from "./explorer.js";
import { identityContext } from "./identity.js";
import { type GatewayProtection, gatewayServerOptions, mountRateLimit } from "./protection.js";

/** The gateway's HTTP server (POST /graphql, the explorer, /health, /ready); it never listens. */
export async function createGatewayServer(options: GatewayOptions & GatewayProtection & { logger: Logger }): Promise<GraphqlServer> {
  const { gateway, served } = createGateway(options);
  let loaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    loaded = true;
  });
  return createGraphqlServer<BaseContext>({
    logger: options.logger,
    apollo: (shared) => new ApolloServer({ ...gatewayServerOptions(shared, options), gateway }),
    context: identityContext(options.identity),
    // Following the registry, /ready names the supergraph version served; a fixed file has none.
    ready: async () => {
      const supergraph = served();
      return supergraph ? { ready: loaded, supergraph } : loaded;
    },
    routes: (app) => {
      mountExplorer(app);
      mountRateLimit(app, options, options.identity?.verifier);
    },
  });
}
