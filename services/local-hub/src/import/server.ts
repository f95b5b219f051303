import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureDatabase, postgresUrl } from "@dlhub/subgraph-kit";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@dlhub/subgraph-kit/embedded-postgres";
import { z } from "zod";
import { type readLocalHubEnv } from "../env.js";

/** The PostgreSQL server an import writes to, and how to let go of it afterwards. */
export interface ImportServer {
  serverUrl: string;
  /** For the person at the terminal: which server this is. */
  description: string;
  release(): Promise<void>;
}

const serverFile = z.object({ serverUrl: postgresUrl });

/**
 * Where the hub's data lives, in the order a person would expect: DATABASE_URL's server when set;
 * else the running hub's PostgreSQL, whose address `npm start` writes to server.json (its port
 * changes per start); else the hub's embedded PostgreSQL, started for this import only. Creates
 * the department's database when it does not exist yet.
 */
export async function importServer(env: ReturnType<typeof readLocalHubEnv>, database: string): Promise<ImportServer> {
  if (env.serverUrl) {
    await ensureDatabase(env.serverUrl, database);
    return { serverUrl: env.serverUrl, description: "DATABASE_URL's server", release: async () => undefined };
  }
  const running = runningHubUrl(env.dataDir);
  if (running && (await reachable(running, database))) {
    return { serverUrl: running, description: "the running hub's PostgreSQL", release: async () => undefined };
  }
  let postgres: EmbeddedPostgres;
  try {
    postgres = await startEmbeddedPostgres({ dataDir: env.postgresDir });
  } catch (error) {
    throw new Error(`The hub is not running and its PostgreSQL in ${env.postgresDir} would not start: ${String(error)}`);
  }
  try {
    await ensureDatabase(postgres.serverUrl, database);
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return {
    serverUrl: postgres.serverUrl,
    description: `the hub's PostgreSQL in ${env.postgresDir}, started for this import`,
    // Ctrl-C reaches PostgreSQL too (same process group), so it may be gone already.
    release: async () => {
      if (existsSync(join(env.postgresDir, "postmaster.pid"))) await postgres.stop();
    },
  };
}

/** The server a running hub wrote down, if the file is there and readable. */
function runningHubUrl(dataDir: string): string | undefined {
  const file = join(dataDir, "server.json");
  if (!existsSync(file)) return undefined;
  try {
    return serverFile.parse(JSON.parse(readFileSync(file, "utf8"))).serverUrl;
  } catch {
    return undefined;
  }
}

/** A hub killed without shutting down leaves server.json behind; a refused connection says so. */
async function reachable(serverUrl: string, database: string): Promise<boolean> {
  try {
    await ensureDatabase(serverUrl, database);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ECONNREFUSED") return false;
    throw error;
  }
}
