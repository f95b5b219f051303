import { CatalogSync, hub as hubDefinition } from "@dlhub/hub";
import { FEED_PATH, PLACE_FEED_PATH, type SubgraphService, createLogger, decodeFeedCursor, openDatabase } from "@dlhub/subgraph-kit";
import { createTestDatabase, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type DataSource } from "typeorm";
import { catalogState, departmentState, inStep, strayCatalogRows } from "./catalog-compare";
import { type FeedRecorder, recordFeedReads } from "./feed-recorder";
import { type TestHub, startTestHub } from "./start-test-hub";

interface StoredCursors {
  name: string;
  cursor: string | null;
  place_cursor: string | null;
}

/**
 * The hub stops in the middle of a sync, the departments change meanwhile, the hub starts again:
 * it must resume from the cursors it stored, reading only the change-log rows after them, and
 * the catalog must then equal the departments exactly, nothing lost and nothing twice.
 */
describe("restarting the hub in the middle of a sync", () => {
  const stack = useTestStack();
  let departments: TestHub;
  let catalog: DataSource;
  const recorders = new Map<string, FeedRecorder>();
  const nowhere = { locate: () => ({ neighborhoodId: null, planningDistrictId: null, tractGeoid: null }) };
  const names = ["it", "libraries", "commerce", "parks"];
  const service = (name: string) => departments.subgraphs.find((s) => s.name === name) as SubgraphService;

  const newSync = () =>
    new CatalogSync({ dataSource: catalog, locator: nowhere, logger: createLogger("hub", "silent"), intervalMs: 50, pageSize: 2 });

  /**
   * The distinct keys of a department's change log after `cursor`, by plain SQL on its table, as
   * the feed names them: initiatives by id, places as `<subgraph>:<place key>`.
   */
  const loggedAfter = async (name: string, log: "initiative_change" | "place_change", cursor: string) => {
    const [xid, seq] = decodeFeedCursor(cursor);
    const key = log === "initiative_change" ? "initiative_id" : "place_key";
    const rows: { key: string }[] = await service(name).database.dataSource.query(
      `SELECT DISTINCT ${key}::text AS key FROM ${log} WHERE (xid, seq) > ($1::xid8, $2::bigint) ORDER BY 1`,
      [xid, seq],
    );
    return rows.map((r) => (log === "place_change" ? `${name}:${r.key}` : r.key)).sort();
  };

  beforeAll(async () => {
    departments = stack.add(await startTestHub(), "the departments");
    const catalogDatabase = await createTestDatabase("catalog_restart");
    stack.defer("the catalog's database", () => catalogDatabase.drop());
    ({ dataSource: catalog } = await openDatabase({ url: catalogDatabase.url, entities: hubDefinition.entities, migrations: hubDefinition.migrations }));
    stack.defer("the catalog's connection", () => catalog.destroy());
    // The sync under test reads each department through a recorder, so the test knows what it read.
    for (const name of names) {
      const recorder = await recordFeedReads(service(name).url);
      stack.defer(`${name}'s feed recorder`, () => recorder.close());
      recorders.set(name, recorder);
    }
  });

  it("resumes from its stored cursors and loses and repeats nothing", async () => {
    const first = newSync();
    for (const name of names) await first.follow({ name, url: new URL(FEED_PATH, recorders.get(name)!.url).toString() });
    // Stopping at once lets each department finish only the page it is on: a partial catalog.
    const round = first.syncOnce();
    await first.stop();
    await round;
    const partial = Number((await catalog.query(`SELECT count(*)::int AS n FROM catalog_initiative`))[0].n);
    const total = (await Promise.all(names.map(async (n) => (await departmentState(service(n))).initiatives.length))).reduce((a, b) => a + b, 0);
    expect(partial).toBeLessThan(total);
    const stored: StoredCursors[] = await catalog.query(`SELECT name, cursor, place_cursor FROM department_feed ORDER BY name`);
    // Every department got one page of each feed before the stop, so there is a cursor to resume from.
    for (const cursors of stored) expect(cursors).toEqual({ name: cursors.name, cursor: expect.any(String), place_cursor: expect.any(String) });
    const readBeforeStop = new Map(names.map((name) => [name, recorders.get(name)!.reads.length]));

    // Meanwhile the departments change: an update, a new initiative, an ended one, a new outcome.
    const libraries = service("libraries").database.dataSource;
    await libraries.query(`UPDATE initiative SET title = 'Computer Basics (winter term)' WHERE slug = 'computer-basics-classes'`);
    await libraries.query(`INSERT INTO initiative (slug, title, summary, kind, status, audiences, languages, pillars, start_date)
      VALUES ('phone-help-desk', 'Smartphone help desk', 'Drop-in help with phones. (DL Hub demo data)', 'OPEN_LAB', 'ACTIVE', '{SENIORS}', '{EN}', '{SKILLS}', '2025-01-06')`);
    await service("commerce").database.dataSource.query(`DELETE FROM initiative WHERE id = (SELECT id FROM initiative ORDER BY slug LIMIT 1)`);
    await service("parks").database.dataSource.query(`INSERT INTO initiative_outcome (initiative_id, metric, value, period_start, period_end)
      SELECT id, 'VISITS', 77, '2025-01-01', '2025-03-31' FROM initiative WHERE slug = 'digital-access-hubs'`);

    // A round stops early while any older transaction on the server is still open (other suites
    // write to it too), so the restarted sync runs until the catalog has caught up, as it would on
    // its timer.
    const second = newSync();
    const caughtUp = async () => {
      await second.syncOnce();
      for (const name of names) if (!(await inStep(catalog, service(name)))) return false;
      return true;
    };
    // Should it never catch up, the comparison below names the difference field by field.
    await waitFor(caughtUp, "the restarted catalog to catch up").catch(() => undefined);
    await second.stop();
    for (const name of names) expect(await catalogState(catalog, name)).toEqual(await departmentState(service(name)));
    expect(await strayCatalogRows(catalog, names)).toEqual({ initiatives: 0, places: 0, sites: 0, partners: 0, outcomes: 0 });

    // What the restarted sync read: from the stored cursor on, and exactly the rows logged after it.
    for (const { name, cursor, place_cursor } of stored) {
      const reads = recorders.get(name)!.reads.slice(readBeforeStop.get(name));
      for (const [path, from, log] of [[FEED_PATH, cursor, "initiative_change"], [PLACE_FEED_PATH, place_cursor, "place_change"]] as const) {
        const ofFeed = reads.filter((r) => r.path === path);
        expect({ name, path, after: ofFeed[0]?.after }).toEqual({ name, path, after: from });
        const read = [...new Set(ofFeed.flatMap((r) => r.keys))].sort();
        expect({ name, path, read }).toEqual({ name, path, read: await loggedAfter(name, log, from as string) });
      }
    }
  });

  it("reads no page of a department whose data has not changed, yet records it in step; reads it again once it changes or its cursor is rewound", async () => {
    const sync = newSync();
    const readsOf = () => new Map(names.map((name) => [name, recorders.get(name)!.reads.length]));
    const syncedAt = async () =>
      new Map(((await catalog.query(`SELECT name, last_synced_at FROM department_feed`)) as { name: string; last_synced_at: Date }[]).map((r) => [r.name, r.last_synced_at.getTime()]));
    try {
      for (const name of names) await sync.follow({ name, url: new URL(FEED_PATH, recorders.get(name)!.url).toString() });
      await waitFor(async () => {
        await sync.syncOnce();
        for (const name of names) if (!(await inStep(catalog, service(name)))) return false;
        return true;
      }, "the catalog to catch up");
      // A round that reads every feed to its end marks where each department's data stood.
      await sync.syncOnce();

      const quiet = readsOf();
      const confirmedBefore = await syncedAt();
      await sync.syncOnce();
      expect(readsOf()).toEqual(quiet);
      const confirmed = await syncedAt();
      for (const name of names) expect(confirmed.get(name)).toBeGreaterThan(confirmedBefore.get(name)!);

      // One department changes: only its feeds are read, and the change lands.
      await service("libraries").database.dataSource.query(`UPDATE initiative SET title = 'Computer Basics (spring term)' WHERE slug = 'computer-basics-classes'`);
      await sync.syncOnce();
      const afterChange = readsOf();
      for (const name of names) expect({ name, read: afterChange.get(name)! > quiet.get(name)! }).toEqual({ name, read: name === "libraries" });
      expect(await catalog.query(`SELECT title FROM catalog_initiative WHERE title = 'Computer Basics (spring term)'`)).toHaveLength(1);

      // A cursor rewound under the sync (a restore) is read again from there, though parks has not changed.
      await catalog.query(`UPDATE department_feed SET cursor = NULL WHERE name = 'parks'`);
      await sync.syncOnce();
      const reread = recorders.get("parks")!.reads.slice(afterChange.get("parks"));
      expect(reread.find((r) => r.path === FEED_PATH)?.after).toBeNull();
      expect(await inStep(catalog, service("parks"))).toBe(true);
    } finally {
      await sync.stop();
    }
  });
});
