import { ApolloServer, type BaseContext } from "@apollo/server";
import { type GraphqlServer, type Logger, createGraphqlServer, serviceMetrics } from "@dlhub/subgraph-kit";
import cors from "cors";
import { mountConsoleApp } from "./console-app.js";
import { departmentsOf, mountConsoleConfig } from "./console-config.js";
import { type ConsoleOptions, NO_CONSOLE } from "./console-options.js";
import { deduplicateOperations } from "./dedup/index.js";
import { createGateway, type GatewayOptions } from "./gateway.js";
import { mountExplorer } from "./explorer.js";
import { Answers, DataVersions, type ResponseCacheSettings, cacheResponses } from "./response-cache/index.js";
import { identityContext } from "./identity.js";
import { type GatewayProtection, gatewayServerOptions, mountRateLimit } from "./protection.js";
import { type TrustedDocumentsOptions, trustedDocuments } from "./trusted-documents/index.js";
import { type UsageReportingOptions, usagePlugins } from "./usage/index.js";

/**
 * The gateway's HTTP server (POST /graphql, the coordinator's console at `/`, the explorer at
 * /explorer, /health, /ready); it never listens.
 */
export async function createGatewayServer(
  options: Omit<GatewayOptions, "dataVersions"> &
    GatewayProtection & { logger: Logger; console?: ConsoleOptions; trustedDocuments?: TrustedDocumentsOptions; usage?: UsageReportingOptions; responseCache?: ResponseCacheSettings },
): Promise<GraphqlServer> {
  const metrics = serviceMetrics("gateway");
  const caching = options.responseCache && options.responseCache.maxBytes > 0 ? options.responseCache : null;
  const dataVersions = caching ? new DataVersions({ pollMs: caching.pollMs, logger: options.logger, metrics }) : undefined;
  const { gateway, served } = createGateway({ ...options, metrics, dataVersions });
  // Sharing outside the cache: identical queries arriving together look the cache up once.
  const cached = caching && dataVersions ? cacheResponses(gateway, new Answers(caching.maxBytes, caching.maxAgeMs, metrics), dataVersions) : gateway;
  const executed = options.deduplication?.operations === false ? cached : deduplicateOperations(cached, metrics);
  const settings = options.console ?? NO_CONSOLE;
  const trusted = trustedDocuments(options.trustedDocuments ?? {}, "registryUrl" in options.supergraph ? options.supergraph : null, options.logger);
  let loaded = false;
  let departments: string[] = [];
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    loaded = true;
    departments = departmentsOf(coreSupergraphSdl);
  });
  const server = await createGraphqlServer<BaseContext>({
    logger: options.logger,
    observability: { service: "gateway", metrics },
    apollo: (shared) => {
      const apolloOptions = gatewayServerOptions({ ...shared, plugins: [trusted.lifecycle, ...shared.plugins] }, options);
      // Apollo Server's own APQ cache is off: it would let any client register any query by sending it once.
      return new ApolloServer({ ...apolloOptions, plugins: [...(apolloOptions.plugins ?? []), ...usagePlugins(options.usage, options.logger)], persistedQueries: false, gateway: executed });
    },
    context: identityContext(options.identity),
    // No database here; the statement counter's async hooks would cost each of the many promises a query plan makes.
    countStatements: false,
    // Following the registry, /ready names the supergraph version served; a fixed file has none.
    ready: async () => {
      const supergraph = served();
      // Until the registry's document list arrives no registered client could be served.
      const documents = trusted.status();
      if (documents) return { ready: loaded && documents.loaded, ...(supergraph ? { supergraph } : {}), trustedDocuments: documents.documents };
      return supergraph ? { ready: loaded, supergraph } : loaded;
    },
    routes: (app) => {
      // Before the rate limit, so a browser's preflight is answered without costing the caller a request.
      if (settings.corsOrigins?.length) app.use(["/graphql", "/console"], cors({ origin: settings.corsOrigins, methods: ["GET", "POST"], maxAge: 600 }));
      mountExplorer(app);
      mountConsoleConfig(app, { auth: settings.auth, departments: () => departments, logger: options.logger });
      mountRateLimit(app, options, options.identity?.verifier);
      app.use("/graphql", ...trusted.handlers);
      mountConsoleApp(app, settings.directory);
    },
  });
  if (dataVersions) {
    dataVersions.start();
    server.httpServer.on("close", () => void dataVersions.stop());
  }
  return server;
}
