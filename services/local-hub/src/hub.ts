import { composeSupergraph } from "@dlhub/schema";
import { createGatewayServer } from "@dlhub/gateway";
import {
  type GraphqlServer,
  type Logger,
  type SubgraphService,
  buildDepartmentSubgraph,
  close,
  databaseName,
  databaseUrl,
  ensureDatabase,
  listen,
  startSubgraph,
} from "@dlhub/subgraph-kit";
import { departments } from "./departments.js";

export interface HubOptions {
  /** The PostgreSQL server; each department gets its own database on it. */
  serverUrl: string;
  /** Database names are `<prefix>_<department>`; tests use a unique prefix. */
  databasePrefix?: string;
  /** 0 everywhere lets the operating system choose (tests). */
  gatewayPort: number;
  subgraphPort: (name: string, defaultPort: number) => number;
  host?: string;
  seed: boolean;
  logger: Logger;
}

export interface Hub {
  gatewayUrl: string;
  subgraphs: SubgraphService[];
  gateway: GraphqlServer;
  /** SQL statements sent by all departments so far; tests read it around a request. */
  statements(): number;
  close(): Promise<void>;
}

/**
 * Starts every department (own database, migrations, demo data) and the gateway over the
 * supergraph composed from the departments' code, in this one process: the quickest whole hub
 * for a laptop and for end-to-end tests. In production each runs as its own service.
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  const prefix = options.databasePrefix ?? "dlhub";
  const host = options.host ?? "127.0.0.1";
  const subgraphs: SubgraphService[] = [];
  try {
    await Promise.all(
      departments.map(async ({ definition, port }) => {
        const name = databaseName(definition, prefix);
        await ensureDatabase(options.serverUrl, name);
        subgraphs.push(
          await startSubgraph(definition, {
            databaseUrl: databaseUrl(options.serverUrl, name),
            port: options.subgraphPort(definition.name, port),
            host,
            seed: options.seed,
            logger: options.logger,
          }),
        );
      }),
    );
    const supergraphSdl = composeSupergraph(
      await Promise.all(
        departments.map(async ({ definition }) => ({
          name: definition.name,
          url: (subgraphs.find((s) => s.name === definition.name) as SubgraphService).url,
          sdl: (await buildDepartmentSubgraph(definition)).sdl,
        })),
      ),
    );
    const gateway = await createGatewayServer({ supergraphSdl, logger: options.logger.child({ service: "gateway" }) });
    const gatewayPort = await listen(gateway, options.gatewayPort, host);
    return {
      gatewayUrl: `http://${host === "0.0.0.0" ? "localhost" : host}:${gatewayPort}/graphql`,
      subgraphs,
      gateway,
      statements: () => subgraphs.reduce((sum, s) => sum + s.database.statements.count, 0),
      close: async () => {
        await close(gateway);
        await Promise.all(subgraphs.map((s) => s.close()));
      },
    };
  } catch (error) {
    await Promise.all(subgraphs.map((s) => s.close().catch(() => undefined)));
    throw error;
  }
}
