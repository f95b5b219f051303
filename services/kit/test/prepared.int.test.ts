import { MAX_PREPARED_STATEMENTS, type Database, openDatabase, preparedQuery } from "@dlhub/subgraph-kit";
import { createTestDatabase, type TestDatabase } from "@dlhub/subgraph-kit/testing";

/**
 * preparedQuery: the same rows as TypeORM's `query`, planned once per connection, counted like
 * every statement, and never more distinct statements prepared than the bound.
 */
describe("preparedQuery", () => {
  let server: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    server = await createTestDatabase("kit_prepared");
    // One connection, so the statements it prepared are the ones pg_prepared_statements shows.
    database = await openDatabase({ url: server.url, entities: [], migrations: [], poolSize: 1 });
  });
  afterAll(async () => {
    await database?.dataSource.destroy();
    await server?.drop();
  });

  const preparedNames = async () =>
    (await database.dataSource.query<{ name: string }[]>("SELECT name FROM pg_prepared_statements")).map((row) => row.name);

  it("answers what query answers, typed the same, and is prepared on the connection", async () => {
    const text = `SELECT $1::int + 1 AS n, $2::date AS day, now() - now() AS nothing, ARRAY['a', $3::text] AS words,
                         json_build_object('x', $1::int) AS object, $4::timestamptz AS at`;
    const values = [41, "2026-12-03", "b", "2026-12-03T10:00:00Z"];
    const before = await preparedNames();
    const rows = await preparedQuery(database.dataSource, text, values);
    expect(rows).toEqual(await database.dataSource.query(text, values));
    expect(rows[0]).toMatchObject({ n: 42, words: ["a", "b"], object: { x: 41 } });
    const added = (await preparedNames()).filter((name) => !before.includes(name));
    expect(added).toEqual([expect.stringMatching(/^dlhub_[0-9a-f]{24}$/)]);
    // Run again: the same statement, not a second one.
    await preparedQuery(database.dataSource, text, [1, "2026-01-01", "c", "2026-01-01T00:00:00Z"]);
    expect((await preparedNames()).filter((name) => !before.includes(name))).toEqual(added);
  });

  it("is counted as a statement", async () => {
    const before = database.statements.count;
    await preparedQuery(database.dataSource, "SELECT 1 AS one", []);
    await preparedQuery(database.dataSource, "SELECT 1 AS one", []);
    expect(database.statements.count - before).toBe(2);
  });

  it("prepares no more than the bound, and runs the rest unprepared with the same answers", async () => {
    for (let k = 0; k < MAX_PREPARED_STATEMENTS; k++) await preparedQuery(database.dataSource, `SELECT $1::int + ${k} AS n`, [1]);
    const full = (await preparedNames()).length;
    expect(full).toBeLessThanOrEqual(MAX_PREPARED_STATEMENTS);
    const rows = await preparedQuery<{ n: number }>(database.dataSource, "SELECT $1::int * 2 AS n", [21]);
    expect(rows).toEqual([{ n: 42 }]);
    expect((await preparedNames()).length).toBe(full);
  });
});
