import { createIdentityForwarding } from "@dlhub/schema";
import { forwardedIdentity } from "./auth/forwarded-identity.js";
import { type Database, openDatabase } from "./database/data-source.js";
import { mountDataVersion } from "./database/data-version-route.js";
import { createContext } from "./context.js";
import { FEED_PATH, PLACE_FEED_PATH, mountFeed } from "./contract/feed-route.js";
import { readInitiativeFeed } from "./contract/initiative-feed.js";
import { readPlaceFeed } from "./places/place-feed.js";
import { type DepartmentDefinition, buildDepartmentSubgraph } from "./department.js";
import { type GraphqlServer, close, createGraphqlServer, listen } from "./http/graphql-server.js";
import { type Logger } from "./logger.js";
import { observePool, serviceMetrics } from "./observability/index.js";

export interface SubgraphServiceOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  /** Load the department's demo data after migrating. */
  seed?: boolean;
  /**
   * The secret the gateway signs forwarded identities (`x-dlhub-identity`) with; at least 32
   * characters. Without it every request is anonymous, so `@Authorized` fields are refused.
   */
  forwardingSecret?: string;
  logger: Logger;
}

export interface SubgraphService {
  name: string;
  url: string;
  port: number;
  database: Database;
  server: GraphqlServer;
  close(): Promise<void>;
}

/**
 * Runs one department: connects to its own database, migrates, optionally seeds, and serves its
 * subgraph over HTTP. Used alike by the service's `main.ts`, the local hub and the tests.
 */
export async function startSubgraph(
  definition: DepartmentDefinition,
  options: SubgraphServiceOptions,
): Promise<SubgraphService> {
  const logger = options.logger.child({ subgraph: definition.name });
  const forwarding = options.forwardingSecret ? createIdentityForwarding(options.forwardingSecret) : undefined;
  if (!forwarding) logger.info("no forwarding secret: every request is anonymous");
  const database = await openDatabase({
    url: options.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    onPoolError: (error) => logger.warn({ err: error.message }, "a database connection broke; the pool opens a new one when needed"),
  });
  const metrics = serviceMetrics(definition.name);
  if (metrics) {
    observePool(metrics, database.dataSource);
    definition.metrics?.(metrics, database.dataSource);
  }
  try {
    if (options.seed && definition.seed) await definition.seed(database.dataSource);
    const { schema } = await buildDepartmentSubgraph(definition);
    const server = await createGraphqlServer({
      schema,
      logger,
      observability: { service: definition.name, metrics },
      directPosts: true,
      context: async (request) =>
        createContext({
          subgraph: definition.name,
          departmentId: definition.departmentId,
          dataSource: database.dataSource,
          identity: await forwardedIdentity(request, forwarding),
        }),
      ready: async () => {
        await database.dataSource.query("SELECT 1");
        return true;
      },
      routes: (app) => {
        mountDataVersion(app, database.dataSource, logger);
        const { feed, departmentId, legacyDepartment } = definition;
        if (!feed || !departmentId) return;
        const db = database.dataSource;
        mountFeed(app, FEED_PATH, (after, limit) => readInitiativeFeed(feed, db, after, limit), logger);
        const owner = { subgraph: departmentId, legacyDepartment, places: definition.places };
        mountFeed(app, PLACE_FEED_PATH, (after, limit) => readPlaceFeed(owner, db, after, limit), logger);
      },
    });
    const host = options.host ?? "127.0.0.1";
    const port = await listen(server, options.port, host);
    const url = `http://${host}:${port}/graphql`;
    logger.info({ url }, "subgraph listening");
    const background = await definition.background?.(database.dataSource, logger);
    return {
      name: definition.name,
      url,
      port,
      database,
      server,
      close: async () => {
        await background?.stop();
        await close(server);
        await database.dataSource.destroy();
      },
    };
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
}
