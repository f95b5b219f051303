import { randomBytes } from "node:crypto";
import { DEFAULT_SYNC_BEHIND_AFTER_MS, createHub } from "@dlhub/hub";
import { startRegistry } from "@dlhub/registry";
import { Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { type ConsoleOptions, type ResponseCacheSettings, type TrustedDocumentsOptions, consoleAuth, createGatewayServer } from "@dlhub/gateway";
import {
  type DepartmentDefinition,
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
import { readLocalConsoleEnv } from "./env.js";
import { startGatewayThread } from "./gateway-thread.js";
import { mintGatewayServiceToken, publishDepartments } from "./publish.js";

export interface LocalHubOptions {
  /** The PostgreSQL server; each department and the hub get their own database on it. */
  serverUrl: string;
  /** Database names are `<prefix>_<name>`; tests use a unique prefix. */
  databasePrefix?: string;
  /** 0 everywhere lets the operating system choose (tests). */
  gatewayPort: number;
  registryPort: number;
  subgraphPort: (name: string, defaultPort: number) => number;
  host?: string;
  seed: boolean;
  /** How often the hub polls the departments' feeds and the gateway the registry. */
  syncIntervalMs?: number;
  /** Signs and checks the hub's tokens (development: HS256 shared secret). */
  tokenSecret: string;
  /** Signs the identity the gateway forwards to subgraphs; a fresh one per start when absent. */
  forwardingSecret?: string;
  /**
   * The built console the gateway serves at `/` and the origins allowed to call it from elsewhere;
   * read from the environment when absent. It signs people in with development tokens.
   */
  console?: Omit<ConsoleOptions, "auth">;
  /** Whether the gateway runs only registered documents; default allowed (free queries run too). */
  trustedDocuments?: TrustedDocumentsOptions;
  logger: Logger;
  /** The gateway's usage reports to the registry: on unless `reporting` is false; flushed every 5 s unless told. */
  usage?: { reporting?: boolean; flushIntervalMs?: number };
  /** The gateway's response cache; none unless given. */
  responseCache?: ResponseCacheSettings;
  /** The registry's clock for usage windows; tests move it past the window. */
  registryClock?: () => Date;
  /**
   * Run the gateway in a worker thread of its own (`npm start`) rather than on the JS thread every
   * subgraph shares, where it waits behind them. Tests keep it in this thread (default).
   */
  gatewayThread?: boolean;
}

export interface LocalHub {
  gatewayUrl: string;
  /** The schema registry the departments publish to and the gateway follows. */
  registryUrl: string;
  /** Every department and, last, the hub's own subgraph. */
  subgraphs: SubgraphService[];
  /** The gateway's server; null when it runs in a thread of its own (`gatewayThread`). */
  gateway: GraphqlServer | null;
  /** SQL statements all subgraphs sent answering GraphQL requests so far (not background work). */
  statements(): number;
  close(): Promise<void>;
}

/**
 * Starts the schema registry, every department (own database, migrations, demo data) and the
 * hub's subgraph, publishes them all to the registry as their publishers would, then the gateway
 * serving the registry's supergraph, all in this one process: the quickest whole hub for a laptop
 * and for end-to-end tests, and the same flow as production, where each runs as its own service.
 * The hub follows the feeds of whatever departments the registry lists, so a department that
 * publishes later joins the catalog by itself.
 */
export async function startLocalHub(options: LocalHubOptions): Promise<LocalHub> {
  const host = options.host ?? "127.0.0.1";
  const subgraphs: SubgraphService[] = [];
  let registry: { url: string; close(): Promise<void> } | undefined;
  // The gateway signs the identity it forwards with a secret only it and the subgraphs know, so a
  // caller reaching a subgraph directly cannot claim a role.
  const forwardingSecret = options.forwardingSecret ?? randomBytes(32).toString("base64url");
  const verifier = createIdentityVerifier({ secret: options.tokenSecret });
  const start = async (definition: DepartmentDefinition, port: number) => {
    const name = databaseName(definition, options.databasePrefix);
    await ensureDatabase(options.serverUrl, name);
    const service = await startSubgraph(definition, {
      databaseUrl: databaseUrl(options.serverUrl, name),
      port: options.subgraphPort(definition.name, port),
      host,
      seed: options.seed,
      forwardingSecret,
      logger: options.logger,
    });
    subgraphs.push(service);
    return service;
  };
  const intervalMs = options.syncIntervalMs ?? 1000;
  const registryLog = options.logger.child({ service: "registry" });
  try {
    const registryDatabase = `${options.databasePrefix ?? "dlhub"}_registry`;
    await ensureDatabase(options.serverUrl, registryDatabase);
    registry = await startRegistry({
      databaseUrl: databaseUrl(options.serverUrl, registryDatabase),
      port: options.registryPort,
      host,
      verifier,
      now: options.registryClock,
      // Into the hub's one log like every other part, not the standalone registry's bare console.
      onError: (error) => registryLog.error({ err: error instanceof Error ? (error.stack ?? error.message) : String(error) }, "the registry met an unexpected error"),
    });
    const registryUrl = registry.url;
    // The hub reports departments falling behind to the registry with a service token minted like the publishers'.
    const serviceToken = () => mintDevelopmentToken(options.tokenSecret, { subject: "local-hub:hub", roles: [Role.SERVICE] });
    const syncAlerts = { registryUrl, token: serviceToken, behindAfterMs: DEFAULT_SYNC_BEHIND_AFTER_MS };
    const hubDefinition = createHub({ feeds: [], registryUrl, syncIntervalMs: intervalMs, syncAlerts });
    await Promise.all([
      ...departments.map(({ definition, port }) => start(definition, port)),
      start(hubDefinition, HUB_PORT),
    ]);
    const definitions = [hubDefinition, ...departments.map((d) => d.definition)];
    await publishDepartments({
      registryUrl,
      tokenSecret: options.tokenSecret,
      subgraphs: await Promise.all(
        definitions.map(async (definition) => ({
          name: definition.name,
          routingUrl: reachable((subgraphs.find((s) => s.name === definition.name) as SubgraphService).url),
          sdl: (await buildDepartmentSubgraph(definition)).sdl,
        })),
      ),
      logger: options.logger,
    });
    const consoleOptions: ConsoleOptions = { ...(options.console ?? readLocalConsoleEnv()), auth: consoleAuth({ oidc: null }, options.tokenSecret) };
    // The gateway reports in its own name, with the service role, as a production gateway's token would.
    const usage =
      options.usage?.reporting === false
        ? undefined
        : { registryUrl, token: await mintGatewayServiceToken(options.tokenSecret), flushIntervalMs: options.usage?.flushIntervalMs };
    const gateway: { server: GraphqlServer | null; port: number; close(): Promise<void> } = options.gatewayThread
      ? await startGatewayThread({
          registryUrl,
          pollIntervalMs: intervalMs,
          tokenSecret: options.tokenSecret,
          forwardingSecret,
          console: consoleOptions,
          trustedDocuments: options.trustedDocuments,
          usage,
          responseCache: options.responseCache,
          port: options.gatewayPort,
          host,
          logLevel: options.logger.level,
        }).then((thread) => ({ server: null, ...thread }))
      : await inThisThread(
          await createGatewayServer({
            supergraph: { registryUrl, pollIntervalMs: intervalMs },
            identity: { verifier, forwardingSecret },
            console: consoleOptions,
            trustedDocuments: options.trustedDocuments,
            logger: options.logger.child({ service: "gateway" }),
            usage,
            responseCache: options.responseCache,
          }),
          options.gatewayPort,
          host,
        );
    const gatewayPort = gateway.port;
    return {
      gatewayUrl: `http://${reachableHost(host)}:${gatewayPort}/graphql`,
      registryUrl,
      subgraphs: sortByDefinitions(subgraphs, definitions),
      gateway: gateway.server,
      statements: () => subgraphs.reduce((sum, s) => sum + s.database.statements.inRequests, 0),
      close: async () => {
        await gateway.close();
        await Promise.all(subgraphs.map((s) => s.close()));
        await registry?.close();
      },
    };
  } catch (error) {
    await Promise.all(subgraphs.map((s) => s.close().catch(() => undefined)));
    await registry?.close().catch(() => undefined);
    throw error;
  }
}

/** The gateway on this thread, listening. */
async function inThisThread(server: GraphqlServer, port: number, host: string) {
  return { server, port: await listen(server, port, host), close: () => close(server) };
}

const reachableHost = (host: string) => (host === "0.0.0.0" ? "localhost" : host);

/** A routing URL others can call: a service listening on every interface is reached on localhost. */
const reachable = (url: string) => url.replace("://0.0.0.0:", "://localhost:");

function sortByDefinitions(services: SubgraphService[], definitions: DepartmentDefinition[]): SubgraphService[] {
  const order = definitions.map((d) => d.name);
  return [...services].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}
