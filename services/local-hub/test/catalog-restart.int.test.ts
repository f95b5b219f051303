import { CatalogSync, hub as hubDefinition } from "@dlhub/hub";
import { FEED_PATH, type SubgraphService, createLogger, openDatabase } from "@dlhub/subgraph-kit";
import { createTestDatabase, type TestDatabase } from "@dlhub/subgraph-kit/testing";
import { type DataSource } from "typeorm";
import { catalogState, departmentState, waitFor } from "./catalog-compare";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * The hub stops in the middle of a sync, the departments change meanwhile, the hub starts again:
 * the catalog must then equal the departments exactly, nothing lost and nothing twice.
 */
describe("restarting the hub in the middle of a sync", () => {
  let departments: TestHub;
  let catalogDatabase: TestDatabase;
  let catalog: DataSource;
  const nowhere = { locate: () => ({ neighborhoodId: null, planningDistrictId: null, tractGeoid: null }) };
  const names = ["it", "libraries", "commerce", "parks"];
  const service = (name: string) => departments.subgraphs.find((s) => s.name === name) as SubgraphService;

  const newSync = () =>
    new CatalogSync({ dataSource: catalog, locator: nowhere, logger: createLogger("hub", "silent"), intervalMs: 50, pageSize: 2 });

  beforeAll(async () => {
    departments = await startTestHub();
    catalogDatabase = await createTestDatabase("catalog_restart");
    ({ dataSource: catalog } = await openDatabase({ url: catalogDatabase.url, entities: hubDefinition.entities, migrations: hubDefinition.migrations }));
  });
  afterAll(async () => {
    await catalog?.destroy();
    await catalogDatabase?.drop();
    await departments?.stop();
  });

  it("loses and repeats nothing", async () => {
    const first = newSync();
    for (const name of names) await first.follow({ name, url: new URL(FEED_PATH, service(name).url).toString() });
    // Stopping at once lets each department finish only the page it is on: a partial catalog.
    const round = first.syncOnce();
    await first.stop();
    await round;
    const partial = Number((await catalog.query(`SELECT count(*)::int AS n FROM catalog_initiative`))[0].n);
    const total = (await Promise.all(names.map(async (n) => (await departmentState(service(n).database.dataSource)).length))).reduce((a, b) => a + b, 0);
    expect(partial).toBeLessThan(total);

    // Meanwhile the departments change: an update, a new initiative, an ended one, a new outcome.
    const libraries = service("libraries").database.dataSource;
    await libraries.query(`UPDATE initiative SET title = 'Computer Basics (winter term)' WHERE slug = 'computer-basics-classes'`);
    await libraries.query(`INSERT INTO initiative (slug, title, summary, kind, status, audiences, languages, pillars, start_date)
      VALUES ('phone-help-desk', 'Smartphone help desk', 'Drop-in help with phones. (DL Hub demo data)', 'OPEN_LAB', 'ACTIVE', '{SENIORS}', '{EN}', '{SKILLS}', '2025-01-06')`);
    await service("commerce").database.dataSource.query(`DELETE FROM initiative WHERE id = (SELECT id FROM initiative ORDER BY slug LIMIT 1)`);
    await service("parks").database.dataSource.query(`INSERT INTO initiative_outcome (initiative_id, metric, value, period_start, period_end)
      SELECT id, 'VISITS', 77, '2025-01-01', '2025-03-31' FROM initiative WHERE slug = 'digital-access-hubs'`);

    // The restarted hub resumes from the stored cursors. A round stops early while any older
    // transaction on the server is still open (other suites write to it too), so it runs until the
    // catalog has caught up, as it would on its timer.
    const second = newSync();
    const caughtUp = async () => {
      await second.syncOnce();
      const states = await Promise.all(names.map(async (name) => [await catalogState(catalog, name), await departmentState(service(name).database.dataSource)]));
      return states.every(([mirror, source]) => JSON.stringify(mirror) === JSON.stringify(source));
    };
    await waitFor(caughtUp, 10_000, "the restarted catalog to catch up");
    await second.stop();
    for (const name of names) {
      expect(await catalogState(catalog, name)).toEqual(await departmentState(service(name).database.dataSource));
    }
    const [{ duplicates }] = await catalog.query(`SELECT count(*) - count(DISTINCT (source, slug)) AS duplicates FROM catalog_initiative`);
    expect(Number(duplicates)).toBe(0);
  });
});
