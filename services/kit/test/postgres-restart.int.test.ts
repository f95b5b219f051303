import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FEED_PATH, type SubgraphService, createLogger, databaseUrl, ensureDatabase, freePort, startSubgraph } from "@dlhub/subgraph-kit";
import { postGraphql, queryOk } from "@dlhub/subgraph-kit/testing";
import { createHub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";
import { type PostgresProcess, startPostgresProcess } from "../testing/postgres-process";

async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * PostgreSQL restarts under running services (an upgrade, a crash, a failover): the processes
 * stay up, say plainly that the database is unavailable while it is, and carry on by themselves
 * when it is back, the hub's background sync included.
 */
describe("services through a PostgreSQL restart", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "dlhub-restart-pg-"));
  let port: number;
  let postgres: PostgresProcess;
  let department: SubgraphService;
  let hub: SubgraphService;
  const ready = async (service: SubgraphService) => (await fetch(service.url.replace(/\/graphql$/, "/ready"))).status;

  beforeAll(async () => {
    port = await freePort();
    postgres = await startPostgresProcess({ dataDir, port });
    for (const name of ["dlhub_libraries", "dlhub_hub"]) await ensureDatabase(postgres.serverUrl, name);
    const logger = createLogger("restart", "silent");
    department = await startSubgraph(libraries, { databaseUrl: databaseUrl(postgres.serverUrl, "dlhub_libraries"), port: 0, seed: true, logger });
    const feed = { name: "libraries", url: department.url.replace(/\/graphql$/, FEED_PATH) };
    hub = await startSubgraph(createHub({ feeds: [feed], syncIntervalMs: 200 }), { databaseUrl: databaseUrl(postgres.serverUrl, "dlhub_hub"), port: 0, logger });
    await eventually(async () => (await queryOk<any>(hub.url, `{ initiatives { totalCount } }`)).initiatives.totalCount > 0, 10_000, "the catalog");
  });
  afterAll(async () => {
    await hub?.close();
    await department?.close();
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("stays up while PostgreSQL is away, says so, and resumes by itself when it is back", async () => {
    // Every pooled connection has been used and sits idle when the server goes.
    await Promise.all(Array.from({ length: 10 }, () => queryOk(department.url, `{ libraryBranches { name } }`)));
    await postgres.stop();

    for (const [service, query] of [
      [department, `{ libraryBranches { name } }`],
      [hub, `{ initiatives { totalCount } }`],
    ] as const) {
      const result = await postGraphql(service.url, query);
      expect(result.errors).toEqual([
        expect.objectContaining({ message: "The database is unavailable right now; try again shortly.", extensions: { code: "DATABASE_UNAVAILABLE" } }),
      ]);
      expect(await ready(service)).toBe(503);
    }
    // A few rounds of the hub's sync fail meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    postgres = await startPostgresProcess({ dataDir, port });
    const elapsed = await eventually(async () => (await postGraphql(department.url, `{ libraryBranches { name } }`)).errors === undefined, 10_000, "the department to answer");
    expect(elapsed).toBeLessThan(5_000);
    expect(await ready(department)).toBe(200);
    expect(await ready(hub)).toBe(200);

    // The hub's sync went on: a change made after the restart reaches the catalog.
    await department.database.dataSource.query(`UPDATE initiative SET title = 'Techmobile after the restart' WHERE slug = 'techmobile'`);
    await eventually(
      async () => (await queryOk<any>(hub.url, `{ initiatives(filter: { search: "after the restart" }) { totalCount } }`)).initiatives.totalCount === 1,
      5_000,
      "the change in the catalog",
    );
  });
});
