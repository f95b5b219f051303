import { createHub } from "@dlhub/hub";
import { composeSupergraph } from "@dlhub/schema";
import { createGatewayServer } from "@dlhub/gateway";
import {
  type DepartmentDefinition,
  FEED_PATH,
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
import { HUB_PORT, departments } from "./departments.js";

export interface HubOptions {
  /** The PostgreSQL server; each department and the hub get their own database on it. */
  serverUrl: string;
  /** Database names are `<prefix>_<name>`; tests use a unique prefix. */
  databasePrefix?: string;
  /** 0 everywhere lets the operating system choose (tests). */
  gatewayPort: number;
  subgraphPort: (name: string, defaultPort: number) => number;
  host?: string;
  seed: boolean;
  /** How often the hub polls the departments' feeds. */
  syncIntervalMs?: number;
  logger: Logger;
}

export interface Hub {
  gatewayUrl: string;
  /** Every department and, last, the hub's own subgraph. */
  subgraphs: SubgraphService[];
  gateway: GraphqlServer;
  /** SQL statements all subgraphs sent answering GraphQL requests so far (not background work). */
  statements(): number;
  close(): Promise<void>;
}

/**
 * Starts every department (own database, migrations, demo data), then the hub's subgraph
 * following their feeds, then the gateway over the supergraph composed from their code, all in
 * this one process: the quickest whole hub for a laptop and for end-to-end tests. In production
 * each runs as its own service.
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  const host = options.host ?? "127.0.0.1";
  const subgraphs: SubgraphService[] = [];
  const start = async (definition: DepartmentDefinition, port: number) => {
    const name = databaseName(definition, options.databasePrefix);
    await ensureDatabase(options.serverUrl, name);
    const service = await startSubgraph(definition, {
      databaseUrl: databaseUrl(options.serverUrl, name),
      port: options.subgraphPort(definition.name, port),
      host,
      seed: options.seed,
      logger: options.logger,
    });
    subgraphs.push(service);
    return service;
  };
  try {
    const started = await Promise.all(departments.map(({ definition, port }) => start(definition, port)));
    const feeds = started.map((s) => ({ name: s.name, url: new URL(FEED_PATH, s.url).toString() }));
    const hubDefinition = createHub({ feeds, syncIntervalMs: options.syncIntervalMs ?? 1000 });
    await start(hubDefinition, HUB_PORT);
    const definitions = [...departments.map((d) => d.definition), hubDefinition];
    const supergraphSdl = composeSupergraph(
      await Promise.all(
        definitions.map(async (definition) => ({
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
      subgraphs: sortByDefinitions(subgraphs, definitions),
      gateway,
      statements: () => subgraphs.reduce((sum, s) => sum + s.database.statements.inRequests, 0),
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

function sortByDefinitions(services: SubgraphService[], definitions: DepartmentDefinition[]): SubgraphService[] {
  const order = definitions.map((d) => d.name);
  return [...services].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}
