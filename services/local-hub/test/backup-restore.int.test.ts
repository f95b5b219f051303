import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Role, mintDevelopmentToken } from "@dlhub/schema";
import { createLogger, databaseName, dropDatabase, freePort } from "@dlhub/subgraph-kit";
import { queryOk, startPostgresProcess, testServerUrl, uniqueName, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { startLocalHub } from "@dlhub/local-hub";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { backupHub } from "../src/backup/backup";
import { localHubDatabases } from "../src/backup/databases";
import { type Manifest, serverVersion } from "../src/backup/manifest";
import { restoreHub } from "../src/backup/restore";
import { findPostgresTools } from "../src/backup/postgres-tools";
import { withDatabase } from "../src/backup/connect";
import { fingerprintDatabase } from "./hostile/fingerprint";

/**
 * Issue 12: a backup of the whole hub (the coordinator's notes and links among it) restored into a
 * fresh embedded PostgreSQL holds every table of every database row for row. pg_dump must be at
 * least as new as the server it dumps; where this machine has none for the test server (the
 * embedded PostgreSQL 18 beside Debian 12's pg_dump 15), the backup's refusal, naming the tools it
 * needs, is what is checked, and CI's pass against the machine's PostgreSQL runs the round trip.
 */
describe("npm run backup and npm run restore", () => {
  const stack = useTestStack();
  const serverUrl = testServerUrl();
  const prefix = uniqueName("backup");
  const sources = localHubDatabases(prefix);
  const folder = mkdtempSync(join(tmpdir(), "dlhub-backup-test-"));
  let tools: Awaited<ReturnType<typeof findPostgresTools>> | Error;
  let major: number;

  beforeAll(async () => {
    stack.defer("the backup folder", () => rmSync(folder, { recursive: true, force: true }));
    major = (await withDatabase(serverUrl, "postgres", serverVersion)).major;
    tools = await findPostgresTools(major).catch((error: Error) => error);
    for (const { database } of sources) stack.defer(`database ${database}`, () => dropDatabase(serverUrl, database));
    const tokenSecret = randomBytes(32).toString("base64url");
    const hub = await startLocalHub({
      serverUrl,
      databasePrefix: prefix,
      gatewayPort: 0,
      registryPort: 0,
      subgraphPort: () => 0,
      tokenSecret,
      seed: true,
      syncIntervalMs: 200,
      logger: createLogger("dlhub", "silent"),
    });
    let running = true;
    stack.defer("the hub", () => running && hub.close());
    await waitFor(() => feedsCaughtUp(hub), "the catalog to hold every department's initiatives");
    const coordinator = { token: await mintDevelopmentToken(tokenSecret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] }) };
    const found = await queryOk<any>(hub.gatewayUrl, `{ a: initiatives(filter: { search: "Techmobile" }) { nodes { id } } b: initiatives(filter: { search: "afterschool" }) { nodes { id } } }`);
    const [from, to] = [found.a.nodes[0].id, found.b.nodes[0].id];
    await queryOk(hub.gatewayUrl, `mutation($i: LinkInitiativesInput!) { linkInitiatives(input: $i) { id } }`, { i: { fromId: from, toId: to, kind: "CO_LOCATED", note: "kept in the backup" } }, coordinator);
    await queryOk(hub.gatewayUrl, `mutation($i: AddCoordinatorNoteInput!) { addCoordinatorNote(input: $i) { id } }`, { i: { initiativeId: from, body: "Ask about a winter route." } }, coordinator);
    // Stopped, so nothing moves between the backup and the comparison: every column is compared, clocks too.
    running = false;
    await hub.close();
  });

  it("restores into a fresh server every table of every database row for row, and refuses to overwrite", async () => {
    if (tools instanceof Error) {
      console.log(`No pg_dump for PostgreSQL ${major} here: only the backup's refusal is checked. ${tools.message}`);
      await expect(backupHub({ serverUrl, folder, databasePrefix: prefix })).rejects.toThrow(`PostgreSQL ${major}'s pg_dump and pg_restore (or newer) are needed`);
      return;
    }
    const manifest = await backupHub({ serverUrl, folder, databasePrefix: prefix });
    expect(manifest.databases.map((d) => d.name)).toEqual(sources.map((s) => s.name));
    expect(manifest.databases.find((d) => d.name === "hub")?.rows).toMatchObject({ "public.coordinator_note": 1, "public.initiative_link": 1 });
    const bytes = manifest.databases.reduce((sum, d) => sum + d.bytes, 0);
    console.log(`Backup of the demo hub (PostgreSQL ${manifest.server.version}, ${tools.version}): ${(bytes / 1024).toFixed(0)} KiB in ${manifest.databases.length} archives`);

    const dataDir = mkdtempSync(join(tmpdir(), "dlhub-restore-pg-"));
    stack.defer("the restored server's folder", () => rmSync(dataDir, { recursive: true, force: true }));
    const fresh = stack.add(await startPostgresProcess({ dataDir, port: await freePort() }), "the fresh PostgreSQL");
    await restoreHub({ serverUrl: fresh.serverUrl, folder });
    await expectSameData(manifest, fresh.serverUrl);

    await expect(restoreHub({ serverUrl: fresh.serverUrl, folder })).rejects.toThrow("already hold data: restore into a fresh server, or pass --force");
    await restoreHub({ serverUrl: fresh.serverUrl, folder, force: true });
    await expectSameData(manifest, fresh.serverUrl);
  });

  /** The source's databases (named with the test's prefix) against the restored ones (`dlhub_…`, as `npm start` names them). */
  async function expectSameData(manifest: Manifest, restoredServer: string): Promise<void> {
    for (const { name, database } of manifest.databases) {
      const [source, restored] = await Promise.all([
        fingerprintOf(serverUrl, database),
        fingerprintOf(restoredServer, databaseName({ name })),
      ]);
      expect(Object.keys(source).length).toBeGreaterThan(0);
      expect({ name, tables: restored }).toEqual({ name, tables: source });
    }
  }
});

/** Every column of every table, clocks too: nothing runs on either side any more. */
function fingerprintOf(server: string, database: string): Promise<Record<string, string>> {
  return withDatabase(server, database, (client) => fingerprintDatabase({ query: async (sql, parameters) => (await client.query(sql, parameters)).rows }, {}));
}
