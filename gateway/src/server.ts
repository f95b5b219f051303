import { ApolloServer } from "@apollo/server";
import { type GraphqlServer, type Logger, createGraphqlServer } from "@dlhub/subgraph-kit";
import { createGateway, type GatewayOptions } from "./gateway.js";
import { mountExplorer } from "./explorer.js";

/** The gateway's HTTP server (POST /graphql, the explorer, /health, /ready); it never listens. */
export async function createGatewayServer(options: GatewayOptions & { logger: Logger }): Promise<GraphqlServer> {
  const gateway = createGateway(options);
  let loaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    loaded = true;
  });
  return createGraphqlServer({
    logger: options.logger,
    apollo: (shared) => new ApolloServer({ ...shared, gateway }),
    context: async () => ({}),
    ready: async () => loaded,
    routes: mountExplorer,
  });
}
