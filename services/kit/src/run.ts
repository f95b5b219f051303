import { ConfigurationError } from "./env.js";
import { databaseUrl, ensureDatabase } from "./database/databases.js";
import { type DepartmentDefinition, databaseName } from "./department.js";
import { type DepartmentEnv } from "./department-env.js";
import { existingDevelopmentSecret, localDataDirectory } from "@dlhub/schema";
import { type Logger, createLogger } from "./logger.js";
import { startSubgraph } from "./subgraph-service.js";

/**
 * Closes `stop` once on SIGINT or SIGTERM, then exits. A second signal exits at once, so a stuck
 * shutdown never traps the person at the terminal.
 */
export function stopOnSignals(stop: () => Promise<void>, log: (message: string) => void = console.error): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}: shutting down`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

/** A department service's `main`: read its settings, start its subgraph, stop on a signal. */
export async function runDepartment(definition: DepartmentDefinition, readEnv: () => DepartmentEnv): Promise<void> {
  let env: DepartmentEnv;
  try {
    env = readEnv();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const logger = createLogger(definition.name, env.logLevel);
  const forwardingSecret = env.forwardingSecret ?? (env.production ? undefined : localHubForwardingSecret(logger));
  let url = env.database.url;
  if (env.database.kind === "server") {
    await ensureDatabase(url, databaseName(definition));
    url = databaseUrl(url, databaseName(definition));
  }
  const service = await startSubgraph(definition, {
    databaseUrl: url,
    port: env.port,
    host: env.host,
    seed: env.seed,
    forwardingSecret,
    logger,
  });
  stopOnSignals(service.close, (message) => logger.info(message));
}

/**
 * Outside production, a department started on the same machine as `npm start` (a new department
 * before and after it publishes) trusts the local gateway through the checkout's development
 * forwarding secret, so its editors' writes work locally as they will in production.
 */
function localHubForwardingSecret(logger: Logger): string | undefined {
  const secret = existingDevelopmentSecret(localDataDirectory(), "forwarding");
  if (secret) logger.info("trusting the local hub's gateway (its development forwarding secret)");
  return secret;
}
