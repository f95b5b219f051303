// First: the tracing instrumentations must load before pg, graphql and http do.
import "@dlhub/subgraph-kit/tracing";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { developmentSecret } from "@dlhub/schema";
import { ConfigurationError, createLogger, stopOnSignals } from "@dlhub/subgraph-kit";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@dlhub/subgraph-kit/embedded-postgres";
import { moveLegacyData, prepareDataDirectory } from "./data-dir.js";
import { readLocalHubEnv } from "./env.js";
import { type LocalHub, startLocalHub } from "./local-hub.js";
import { printWelcome } from "./welcome.js";

/** `npm start`: the whole hub on this machine, with demo data, until Ctrl-C. */
async function main(): Promise<void> {
  const started = Date.now();
  let env: ReturnType<typeof readLocalHubEnv>;
  try {
    env = readLocalHubEnv();
  } catch (error) {
    console.error(error instanceof ConfigurationError ? error.message : error);
    process.exit(1);
  }
  const logger = createLogger("dlhub", env.logLevel);
  let postgres: EmbeddedPostgres | undefined;
  let hub: LocalHub | undefined;
  const serverFile = join(env.dataDir, "server.json");
  const stop = async () => {
    rmSync(serverFile, { force: true });
    await hub?.close();
    await postgres?.stop();
  };
  stopOnSignals(stop, (message) => console.log(`\n${message}`));
  try {
    const moved = moveLegacyData(env.dataDir);
    if (moved) console.log(moved);
    prepareDataDirectory(env.dataDir);
    let serverUrl = env.serverUrl;
    if (!serverUrl) {
      const firstStart = !existsSync(join(env.postgresDir, "PG_VERSION"));
      console.log(firstStart ? `Creating the embedded PostgreSQL in ${env.postgresDir} …` : "Starting the embedded PostgreSQL …");
      postgres = await startEmbeddedPostgres({ dataDir: env.postgresDir });
      serverUrl = postgres.serverUrl;
      // Tells `npm run import` where the running hub's PostgreSQL listens (its port changes per start).
      writeFileSync(serverFile, JSON.stringify({ serverUrl }), { mode: 0o600 });
    }
    hub = await startLocalHub({
      serverUrl,
      gatewayPort: env.gatewayPort,
      registryPort: env.registryPort,
      tokenSecret: env.tokenSecret ?? developmentSecret(env.dataDir, "token"),
      forwardingSecret: env.forwardingSecret ?? developmentSecret(env.dataDir, "forwarding"),
      subgraphPort: env.subgraphPort,
      trustedDocuments: env.trustedDocuments,
      host: "0.0.0.0",
      seed: env.seed,
      syncIntervalMs: env.syncIntervalMs,
      usage: { reporting: env.usageReporting },
      responseCache: env.responseCache,
      logger,
      // Its own JS thread: on the one all five subgraphs share, the gateway waited behind them.
      gatewayThread: true,
    });
    printWelcome(hub, Date.now() - started);
  } catch (error) {
    console.error(explain(error));
    await stop().catch(() => undefined);
    process.exit(1);
  }
}

/** The sentence a person needs for the failures a start commonly meets. */
function explain(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "EADDRINUSE") {
    const port = (error as { port?: number }).port;
    return `Port ${port} is in use: is DL Hub already running? Stop it, or set GATEWAY_PORT / <NAME>_PORT (see README).`;
  }
  return error instanceof Error ? error.message : String(error);
}

void main();
