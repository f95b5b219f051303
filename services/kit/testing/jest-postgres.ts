import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres } from "@dlhub/subgraph-kit/embedded-postgres";

/** What globalSetup started, for globalTeardown: jest runs both in one process, outside the sandbox. */
const STARTED = Symbol.for("dlhub.testPostgres");
type WithStarted = typeof globalThis & { [STARTED]?: { stop(): Promise<void> } };

/**
 * jest `globalSetup`: the PostgreSQL server every integration test creates its databases on
 * (`createTestDatabase`, `startTestSubgraph`), published to the tests as DLHUB_TEST_SERVER_URL.
 * With DATABASE_URL set (CI's PostgreSQL service) that server is used; otherwise an embedded one is
 * started, which needs `embedded-postgres` installed (the kit's optional peer dependency). It runs
 * outside jest's sandbox because embedded-postgres is an ES module.
 */
export async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.DLHUB_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  // Under the OS temp folder so the `postgres` OS user can reach it when tests run as root.
  const dataDir = mkdtempSync(join(tmpdir(), "dlhub-test-pg-"));
  const postgres = await startEmbeddedPostgres({ dataDir });
  process.env.DLHUB_TEST_SERVER_URL = postgres.serverUrl;
  (globalThis as WithStarted)[STARTED] = {
    stop: async () => {
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** jest `globalTeardown`: stops the embedded server globalSetup started, if it started one. */
export async function globalTeardown(): Promise<void> {
  const started = (globalThis as WithStarted)[STARTED];
  delete (globalThis as WithStarted)[STARTED];
  await started?.stop();
}
