import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { FEED_PATH, type SubgraphService, createLogger, databaseUrl, ensureDatabase, freePort, startSubgraph } from "@dlhub/subgraph-kit";
import { postGraphql, queryOk, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { createHub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";
import { type PostgresProcess, startPostgresProcess } from "@dlhub/subgraph-kit/testing";

/**
 * PostgreSQL restarts under running services (an upgrade, a crash, a failover): the processes
 * stay up, say plainly that the database is unavailable while it is, and carry on by themselves
 * when it is back, the hub's background sync included.
 */
describe("services through a PostgreSQL restart", () => {
  const stack = useTestStack();
  const dataDir = mkdtempSync(join(tmpdir(), "dlhub-restart-pg-"));
  let port: number;
  let postgres: PostgresProcess;
  let department: SubgraphService;
  let hub: SubgraphService;
  /** What the hub logged, to see its sync rounds fail while PostgreSQL is away. */
  const hubLog: { msg: string }[] = [];
  /**
   * The sync's attempts that failed for want of PostgreSQL: a round that failed, or (as the sync
   * runs only in the copy holding the lead) a try to take the lead back that could not reach it.
   */
  const failedRounds = () =>
    hubLog.filter((line) => line.msg === "catalog sync round failed; retrying" || line.msg === "could not ask for the lead of the catalog sync; retrying").length;
  const ready = async (service: SubgraphService) => (await fetch(service.url.replace(/\/graphql$/, "/ready"))).status;

  beforeAll(async () => {
    stack.defer("the PostgreSQL data folder", () => rmSync(dataDir, { recursive: true, force: true }));
    port = await freePort();
    postgres = await startPostgresProcess({ dataDir, port });
    // The test restarts PostgreSQL: whichever process runs at the end is the one stopped.
    stack.defer("PostgreSQL", () => postgres.stop());
    for (const name of ["dlhub_libraries", "dlhub_hub"]) await ensureDatabase(postgres.serverUrl, name);
    department = await startSubgraph(libraries, {
      databaseUrl: databaseUrl(postgres.serverUrl, "dlhub_libraries"),
      port: 0,
      seed: true,
      logger: createLogger("restart", "silent"),
    });
    stack.defer("the libraries subgraph", () => department.close());
    const feed = { name: "libraries", url: department.url.replace(/\/graphql$/, FEED_PATH) };
    const logger = pino({ level: "warn" }, { write: (line: string) => hubLog.push(JSON.parse(line)) });
    hub = await startSubgraph(createHub({ feeds: [feed], syncIntervalMs: 200 }), { databaseUrl: databaseUrl(postgres.serverUrl, "dlhub_hub"), port: 0, logger });
    stack.defer("the hub", () => hub.close());
    await waitFor(async () => (await queryOk<any>(hub.url, `{ initiatives { totalCount } }`)).initiatives.totalCount > 0, "the catalog");
  });

  it("stays up while PostgreSQL is away, says so, and resumes by itself when it is back", async () => {
    // Every pooled connection has been used and sits idle when the server goes.
    await Promise.all(Array.from({ length: 10 }, () => queryOk(department.url, `{ libraryBranches { name } }`)));
    await postgres.stop();
    const failedBefore = failedRounds();

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
    await waitFor(() => failedRounds() >= failedBefore + 3, "three of the hub's sync attempts to fail while PostgreSQL is away");

    postgres = await startPostgresProcess({ dataDir, port });
    const restarted = Date.now();
    await waitFor(async () => (await postGraphql(department.url, `{ libraryBranches { name } }`)).errors === undefined, "the department to answer");
    expect(Date.now() - restarted).toBeLessThan(5_000);
    expect(await ready(department)).toBe(200);
    expect(await ready(hub)).toBe(200);

    // The hub's sync went on: a change made after the restart reaches the catalog.
    await department.database.dataSource.query(`UPDATE initiative SET title = 'Techmobile after the restart' WHERE slug = 'techmobile'`);
    await waitFor(
      async () => (await queryOk<any>(hub.url, `{ initiatives(filter: { search: "after the restart" }) { totalCount } }`)).initiatives.totalCount === 1,
      "the change in the catalog",
    );
  });
});
