import { libraries } from "@dlhub/libraries";
import { type InitiativeFeedPage, databaseUrl } from "@dlhub/subgraph-kit";
import { Client } from "pg";
import { startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";

/**
 * The department feed the hub's catalog is built from: every change, in an order that never
 * skips a transaction that commits late, with removed initiatives reported as ended.
 */
describe("a department's initiative feed", () => {
  let subgraph: TestSubgraph;
  let feedUrl: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(libraries);
    feedUrl = new URL("/initiative-feed", subgraph.url).toString();
  });
  afterAll(() => subgraph?.stop());

  async function read(after: string | null, limit = 100): Promise<InitiativeFeedPage> {
    const url = new URL(feedUrl);
    url.searchParams.set("limit", String(limit));
    if (after) url.searchParams.set("after", after);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    return (await response.json()) as InitiativeFeedPage;
  }

  async function readAll(after: string | null = null): Promise<{ page: InitiativeFeedPage; changes: InitiativeFeedPage["changes"] }> {
    const changes: InitiativeFeedPage["changes"] = [];
    let page = await read(after, 2);
    changes.push(...page.changes);
    while (page.hasMore) {
      page = await read(page.cursor, 2);
      changes.push(...page.changes);
    }
    return { page, changes };
  }

  it("serves every initiative with its contract fields, in pages", async () => {
    const { changes } = await readAll();
    const ids = new Set(changes.map((c) => c.initiativeId));
    expect(ids.size).toBe(5);
    const basics = changes.find((c) => c.initiative?.slug === "computer-basics-classes")?.initiative;
    expect(basics).toMatchObject({ department: "LIBRARIES", kind: "CLASS_SERIES", startDate: "2024-01-08" });
    expect(basics?.sites.length).toBeGreaterThan(0);
    expect(basics?.partners[0]).toEqual({ partnerSlug: "office-of-adult-education", name: "Office of Adult Education", role: "REFERRAL" });
  });

  it("does not pass a transaction that commits after a later one", async () => {
    const { page: start } = await readAll();
    const db = subgraph.service.database.dataSource;
    const slow = db.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    await slow.query(`UPDATE initiative SET title = 'Slow change' WHERE slug = 'techmobile'`);
    await db.query(`UPDATE initiative SET title = 'Quick change' WHERE slug = 'hot-spot-labs'`);

    // The quick change committed, but an older transaction is still open: nothing may pass it.
    const during = await read(start.cursor);
    expect(during.changes).toEqual([]);

    await slow.commitTransaction();
    await slow.release();
    const after = await readAll(start.cursor);
    expect(after.changes.map((c) => c.initiative?.title).sort()).toEqual(["Quick change", "Slow change"]);
  });

  it("is not held back by a transaction still running in another database on the same server", async () => {
    const { page: start } = await readAll();
    const db = subgraph.service.database.dataSource;
    // Another department's long import, say: a write transaction in a database of its own.
    const elsewhere = new Client({ connectionString: databaseUrl((db.options as { url: string }).url, "postgres") });
    await elsewhere.connect();
    try {
      await elsewhere.query("BEGIN");
      await elsewhere.query("SELECT pg_current_xact_id()");
      await db.query(`UPDATE initiative SET title = 'Changed beside a long write' WHERE slug = 'techmobile'`);
      const during = await read(start.cursor);
      expect(during.changes.map((c) => c.initiative?.title)).toEqual(["Changed beside a long write"]);
    } finally {
      await elsewhere.query("ROLLBACK");
      await elsewhere.end();
    }
  });

  it("reports an initiative that is gone as ended, and a partner change as a change", async () => {
    const { page: start } = await readAll();
    const db = subgraph.service.database.dataSource;
    const [{ id }] = await db.query(`SELECT id FROM initiative WHERE slug = 'esl-digital-skills'`);
    await db.query(`UPDATE initiative_partner SET name = 'SEAMAAC Inc.' WHERE partner_slug = 'seamaac'`);
    await db.query(`DELETE FROM initiative WHERE id = $1`, [id]);
    const { changes } = await readAll(start.cursor);
    expect(changes).toContainEqual({ initiativeId: id, initiative: null });
  });

  it("keeps commit order past the thousandth change (cursors compare numbers, not text)", async () => {
    const { page: start } = await readAll();
    const db = subgraph.service.database.dataSource;
    // An initiative is logged once per transaction: the log's numbers are taken past 1,000 directly.
    await db.query(`SELECT nextval(pg_get_serial_sequence('initiative_change', 'seq')) FROM generate_series(1, 1100)`);
    await db.query(`UPDATE initiative SET title = title WHERE slug = 'techmobile'`);
    await db.query(`INSERT INTO initiative (slug, title, summary, kind, status, start_date)
      VALUES ('late-comer', 'Late comer', 'Added after many changes. (DL Hub demo data)', 'OUTREACH', 'PLANNED', '2025-02-01')`);
    const changes: InitiativeFeedPage["changes"] = [];
    let page = await read(start.cursor, 100);
    changes.push(...page.changes);
    while (page.hasMore) {
      page = await read(page.cursor, 100);
      changes.push(...page.changes);
    }
    expect(changes.map((c) => c.initiative?.slug)).toContain("late-comer");
    expect(changes[changes.length - 1].initiative?.slug).toBe("late-comer");
  });

  it("sends an initiative changed many times once, as it is now, and counts a page in initiatives (the feed is compacted)", async () => {
    const { page: start } = await readAll();
    const db = subgraph.service.database.dataSource;
    for (const title of ["First", "Second", "Third"]) await db.query(`UPDATE initiative SET title = $1 WHERE slug = 'techmobile'`, [title]);
    // A log row for every partner of every initiative that has one, techmobile's among them.
    await db.query(`UPDATE initiative_partner SET name = name`);
    const first = await read(start.cursor, 2);
    expect(first.changes).toHaveLength(2);
    const { changes } = await readAll(start.cursor);
    const ids = changes.map((c) => c.initiativeId);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(changes.filter((c) => c.initiative?.slug === "techmobile").map((c) => c.initiative?.title)).toEqual(["Third"]);
  });

  it("sends an initiative once however far apart its rows lie in the log", async () => {
    const { page: start } = await readAll();
    const db = subgraph.service.database.dataSource;
    await db.query(`UPDATE initiative SET title = 'Far apart, first' WHERE slug = 'techmobile'`);
    // 300 rows of another initiative between, where a page of 2 looks through 40 rows.
    for (let i = 0; i < 300; i++) await db.query(`UPDATE initiative SET title = title WHERE slug = 'hot-spot-labs'`);
    await db.query(`UPDATE initiative SET title = 'Far apart, last' WHERE slug = 'techmobile'`);
    const { changes } = await readAll(start.cursor);
    expect(changes.map((c) => [c.initiative?.slug, c.initiative?.title])).toEqual([
      ["hot-spot-labs", expect.any(String)],
      ["techmobile", "Far apart, last"],
    ]);
  });

  it("serves a page whole when each of its initiatives wrote many rows, each initiative once, as it is now", async () => {
    const db = subgraph.service.database.dataSource;
    await db.query(`INSERT INTO initiative (slug, title, summary, kind, status, start_date)
      SELECT 'many-rows-' || g, 'Many rows ' || g, 'Written round after round. (DL Hub demo data)', 'OUTREACH', 'PLANNED', '2025-02-01' FROM generate_series(1, 50) g`);
    const { page: start } = await readAll();
    // Ten rounds over the fifty: each one's newest row lies in the last round, past the first
    // slice the feed reads (the log is read in slices sized to what the page still needs).
    for (let round = 0; round < 10; round++) await db.query(`UPDATE initiative SET title = title || '' WHERE slug LIKE 'many-rows-%'`);
    await db.query(`UPDATE initiative SET summary = 'Read whole. (DL Hub demo data)' WHERE slug LIKE 'many-rows-%'`);
    const page = await read(start.cursor, 50);
    expect(page.changes).toHaveLength(50);
    expect(new Set(page.changes.map((c) => c.initiativeId)).size).toBe(50);
    expect(page.changes.map((c) => c.initiative?.summary)).toEqual(Array(50).fill("Read whole. (DL Hub demo data)"));
    expect(page.hasMore).toBe(false);
    await db.query(`DELETE FROM initiative WHERE slug LIKE 'many-rows-%'`);
  });

  it("logs an initiative once per transaction, however many of its rows the transaction writes", async () => {
    const db = subgraph.service.database.dataSource;
    const logged = async () => Number((await db.query(`SELECT count(*) FROM initiative_change c JOIN initiative i ON i.id = c.initiative_id WHERE i.slug = 'techmobile'`))[0].count);
    const before = await logged();
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE initiative SET title = 'Once, first' WHERE slug = 'techmobile'`);
      await tx.query(`INSERT INTO initiative_partner (initiative_id, partner_slug, name, role)
        SELECT id, 'logged-once-' || g, 'Logged once ' || g, 'REFERRAL' FROM initiative, generate_series(1, 3) g WHERE slug = 'techmobile'`);
      await tx.query(`UPDATE initiative SET title = 'Once, last' WHERE slug = 'techmobile'`);
    });
    expect(await logged()).toBe(before + 1);
    // A write rolled back to a savepoint takes its log row with it: the write after it logs again.
    await db.transaction(async (tx) => {
      await tx.query("SAVEPOINT undone");
      await tx.query(`DELETE FROM initiative_partner WHERE partner_slug LIKE 'logged-once-%'`);
      await tx.query("ROLLBACK TO SAVEPOINT undone");
      await tx.query(`DELETE FROM initiative_partner WHERE partner_slug = 'logged-once-1'`);
    });
    expect(await logged()).toBe(before + 2);
    const { changes } = await readAll(null);
    const techmobile = changes.filter((c) => c.initiative?.slug === "techmobile").map((c) => c.initiative!);
    expect(techmobile.map((i) => [i.title, i.partners.filter((p) => p.name.startsWith("Logged once")).length])).toEqual([["Once, last", 2]]);
    await db.query(`DELETE FROM initiative_partner WHERE partner_slug LIKE 'logged-once-%'`);
  });

  it("never lets a row it served hide a later transaction's row of the same initiative that took a lower number", async () => {
    const { page: start } = await readAll();
    const url = (subgraph.service.database.dataSource.options as { url: string }).url;
    const earlier = new Client({ connectionString: url });
    const later = new Client({ connectionString: url });
    await Promise.all([earlier.connect(), later.connect()]);
    const techmobile = (changes: InitiativeFeedPage["changes"]) => changes.filter((c) => c.initiative?.slug === "techmobile").map((c) => c.initiative);
    try {
      await earlier.query("BEGIN");
      await earlier.query("SELECT pg_current_xact_id()");
      // The later transaction logs techmobile first (a lower sequence number), and commits last.
      await later.query("BEGIN");
      await later.query(`INSERT INTO initiative_partner (initiative_id, partner_slug, name, role)
        SELECT id, 'added-later', 'Added later', 'REFERRAL' FROM initiative WHERE slug = 'techmobile'`);
      await earlier.query(`UPDATE initiative SET title = 'Changed earlier' WHERE slug = 'techmobile'`);
      await earlier.query("COMMIT");
      const served = await readAll(start.cursor);
      expect(techmobile(served.changes).map((i) => i?.title)).toEqual(["Changed earlier"]);
      expect(techmobile(served.changes)[0]?.partners.map((p) => p.name)).not.toContain("Added later");

      await later.query("COMMIT");
      const next = await readAll(served.page.cursor);
      expect(techmobile(next.changes)).toHaveLength(1);
      expect(techmobile(next.changes)[0]?.partners.map((p) => p.name)).toContain("Added later");
    } finally {
      await Promise.all([earlier.end(), later.end()]);
    }
  });

  it("refuses a cursor or page size it did not issue", async () => {
    for (const query of ["after=bogus", "limit=0", "limit=100000"]) {
      const response = await fetch(`${feedUrl}?${query}`);
      expect(response.status).toBe(400);
      expect((await response.json()) as object).toMatchObject({ error: { code: "BAD_USER_INPUT" } });
    }
  });
});
