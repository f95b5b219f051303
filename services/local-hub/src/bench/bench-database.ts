import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseName, dropDatabase } from "@dlhub/subgraph-kit";
import { startEmbeddedPostgres } from "@dlhub/subgraph-kit/embedded-postgres";
import { departments } from "../departments.js";

export interface BenchDatabase {
  serverUrl: string;
  databasePrefix: string;
  /** Where the databases live, for the report. */
  description: string;
  /** Removes everything the benchmark created; safe to call after a failed start. */
  remove(): Promise<void>;
}

/**
 * The PostgreSQL server the benchmark runs on. Without DATABASE_URL: a fresh embedded server in
 * its own temp folder, never `npm start`'s data folder, so a benchmark neither reads nor leaves
 * behind anyone's data, and it is deleted afterwards. With DATABASE_URL: that server, under
 * database names of its own, dropped afterwards.
 */
export async function openBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  const databasePrefix = `dlhub_bench_${Date.now().toString(36)}_${process.pid}`;
  if (serverUrl) {
    const names = [...departments.map((d) => d.definition.name), "hub", "registry"].map((name) => databaseName({ name }, databasePrefix));
    return {
      serverUrl,
      databasePrefix,
      description: `DATABASE_URL's server, databases ${databasePrefix}_*`,
      remove: async () => {
        for (const name of names) await dropDatabase(serverUrl, name);
      },
    };
  }
  // The folder itself becomes the data folder: as root the embedded server hands it to the
  // `postgres` user, which a parent folder made by mkdtemp (mode 0700) would keep out.
  const dataDir = mkdtempSync(join(tmpdir(), "dlhub-bench-pg-"));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  // On Ctrl-C the embedded-postgres package stops its servers and exits the process itself,
  // before `remove()` below can run; the folder still goes, synchronously, on the way out.
  process.once("exit", remove);
  try {
    const postgres = await startEmbeddedPostgres({ dataDir });
    return {
      serverUrl: postgres.serverUrl,
      databasePrefix,
      description: `embedded PostgreSQL in ${dataDir} (deleted afterwards)`,
      remove: async () => {
        try {
          await postgres.stop();
        } finally {
          remove();
        }
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}
