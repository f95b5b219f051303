import { existsSync } from "node:fs";
import { join } from "node:path";
import { ConfigurationError, createLogger, type EmbeddedPostgres, startEmbeddedPostgres, stopOnSignals } from "@dlhub/subgraph-kit";
import { readHubEnv } from "./env.js";
import { type Hub, startHub } from "./hub.js";
import { printWelcome } from "./welcome.js";

/** `npm start`: the whole hub on this machine, with demo data, until Ctrl-C. */
async function main(): Promise<void> {
  const started = Date.now();
  const env = readHubEnv();
  const logger = createLogger("dlhub", env.logLevel);
  let postgres: EmbeddedPostgres | undefined;
  let hub: Hub | undefined;
  const stop = async () => {
    await hub?.close();
    // Ctrl-C reaches PostgreSQL too (same process group) and it may already be gone.
    if (postgres && existsSync(join(postgres.dataDir, "postmaster.pid"))) await postgres.stop();
  };
  stopOnSignals(stop, (message) => console.log(`\n${message}`));
  try {
    let serverUrl = env.serverUrl;
    if (!serverUrl) {
      const firstStart = !existsSync(join(env.postgresDir, "PG_VERSION"));
      console.log(firstStart ? `Creating the embedded PostgreSQL in ${env.postgresDir} …` : "Starting the embedded PostgreSQL …");
      postgres = await startEmbeddedPostgres({ dataDir: env.postgresDir });
      serverUrl = postgres.serverUrl;
    }
    hub = await startHub({
      serverUrl,
      gatewayPort: env.gatewayPort,
      subgraphPort: env.subgraphPort,
      host: "0.0.0.0",
      seed: env.seed,
      logger,
    });
    printWelcome(hub, Date.now() - started);
  } catch (error) {
    console.error(error instanceof ConfigurationError ? error.message : error);
    await stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
