import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { postgresUrl, stopOnSignals } from "@dlhub/subgraph-kit";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@dlhub/subgraph-kit/embedded-postgres";
import { z } from "zod";
import { type readLocalHubEnv } from "../env.js";
import { withDatabase } from "./connect.js";

/** The PostgreSQL server a backup reads or a restore writes, and how to let go of it afterwards. */
export interface HubServer {
  serverUrl: string;
  /** For the person at the terminal: which server this is. */
  description: string;
  release(): Promise<void>;
}

/**
 * DATABASE_URL's server when set; else the local hub's embedded PostgreSQL: the running hub's,
 * whose address `npm start` keeps in server.json, or started from DLHUB_DATA_DIR for this command
 * (a fresh one when a restore finds none). A restore never runs beside a running local hub,
 * which would keep writing to the databases it replaces.
 */
export async function hubServer(env: ReturnType<typeof readLocalHubEnv>, purpose: "backup" | "restore"): Promise<HubServer> {
  if (env.serverUrl) return { serverUrl: env.serverUrl, description: "DATABASE_URL's server", release: async () => undefined };
  const running = await runningHubUrl(env.dataDir);
  if (running && purpose === "restore") throw new Error("The hub is running: stop it (Ctrl-C) before restoring into its PostgreSQL.");
  if (running) return { serverUrl: running, description: "the running hub's PostgreSQL", release: async () => undefined };
  if (purpose === "backup" && !existsSync(join(env.postgresDir, "PG_VERSION"))) {
    throw new Error(`There is no local hub data in ${env.postgresDir} to back up (set DLHUB_DATA_DIR or DATABASE_URL to back up another).`);
  }
  const postgres: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir: env.postgresDir });
  return {
    serverUrl: postgres.serverUrl,
    description: `the hub's PostgreSQL in ${env.postgresDir}, started for this ${purpose}`,
    // Ctrl-C reaches PostgreSQL too (same process group), so it may be gone already.
    release: async () => {
      if (existsSync(join(env.postgresDir, "postmaster.pid"))) await postgres.stop();
    },
  };
}

const serverFile = z.object({ serverUrl: postgresUrl });

/** The server a running hub wrote down, when it answers (a killed hub leaves the file behind). */
async function runningHubUrl(dataDir: string): Promise<string | undefined> {
  const file = join(dataDir, "server.json");
  if (!existsSync(file)) return undefined;
  try {
    const { serverUrl } = serverFile.parse(JSON.parse(readFileSync(file, "utf8")));
    await withDatabase(serverUrl, "postgres", (client) => client.query("SELECT 1"));
    return serverUrl;
  } catch {
    return undefined;
  }
}

/** Runs a backup or restore on the hub's server and releases the server afterwards, also on Ctrl-C. */
export async function onHubServer(env: ReturnType<typeof readLocalHubEnv>, purpose: "backup" | "restore", work: (server: HubServer) => Promise<void>): Promise<void> {
  const server = await hubServer(env, purpose);
  stopOnSignals(server.release, (message) => console.error(`\n${message}`));
  try {
    await work(server);
  } finally {
    await server.release();
  }
}

/** Ends the process with a command's exit status: 1, with the message alone, when it failed. */
export function exitWith(status: Promise<number>): void {
  status.then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
