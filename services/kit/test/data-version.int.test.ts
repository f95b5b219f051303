import { type DataSource, type MigrationInterface, type QueryRunner } from "typeorm";
import { keepDataVersion, noteDataChange, openDatabase, readDataVersion } from "@dlhub/subgraph-kit";
import { createTestDatabase, useTestStack } from "@dlhub/subgraph-kit/testing";

/** A department's tables as its migrations made them. */
class CreateShelves20261202000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE shelf (id int PRIMARY KEY, label text NOT NULL)`);
    await runner.query(`CREATE TABLE loan (id int PRIMARY KEY)`);
  }
  async down(): Promise<void> {}
}

/**
 * The data version the gateway's response cache keys its answers to: it moves once a write has
 * committed, never before, and never past a write still running in the same database.
 */
describe("a database's data version", () => {
  const stack = useTestStack();
  let db: DataSource;
  const version = () => readDataVersion(db);

  beforeAll(async () => {
    const database = await createTestDatabase("data_version");
    stack.defer("the test database", () => database.drop());
    db = (await openDatabase({ url: database.url, entities: [], migrations: [CreateShelves20261202000000] })).dataSource;
    stack.defer("the data source", () => db.destroy());
  });

  it("moves when a write to any table commits, not before, and not for reads or rolled-back writes", async () => {
    const before = await version();
    await db.query(`SELECT * FROM shelf`);
    expect(await version()).toBe(before);

    const writer = db.createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      await writer.query(`INSERT INTO loan (id) VALUES (1)`);
      expect(await version()).toBe(before);
      await writer.rollbackTransaction();
      expect(await version()).toBe(before);

      await writer.startTransaction();
      await writer.query(`INSERT INTO shelf (id, label) VALUES (1, 'Fiction')`);
      expect(await version()).toBe(before);
      await writer.commitTransaction();
    } finally {
      await writer.release();
    }
    expect(await version()).not.toBe(before);
  });

  it("moves at the commit of a writer that noted its change ahead, its many rows noted once", async () => {
    const before = await version();
    const notes = async () => Number(((await db.query(`SELECT count(*) AS n FROM data_version`)) as { n: string }[])[0].n);
    await db.transaction(async (writer) => {
      await noteDataChange(writer);
      await writer.query(`INSERT INTO loan (id) SELECT g FROM generate_series(100, 599) g`);
      expect(await version()).toBe(before);
    });
    expect(await version()).not.toBe(before);
    expect(await notes()).toBeLessThanOrEqual(2);
    await db.query(`DELETE FROM loan WHERE id >= 100`);
  });

  it("does not move for a statement that changes no row", async () => {
    const before = await version();
    await db.query(`DELETE FROM loan WHERE id = -1`);
    await db.query(`UPDATE shelf SET label = 'x' WHERE id = -1`);
    expect(await version()).toBe(before);
  });

  it("does not move past a write still running that began before a committed one", async () => {
    const slow = db.createQueryRunner();
    await slow.connect();
    try {
      await slow.startTransaction();
      await slow.query(`UPDATE shelf SET label = 'Slow' WHERE id = 1`);
      const during = await version();
      await db.query(`INSERT INTO loan (id) VALUES (2)`);
      // A query now could still miss the slow write: the version may not say it has it.
      expect(await version()).toBe(during);
      await slow.commitTransaction();
    } finally {
      await slow.release();
    }
    const after = await version();
    await db.query(`DELETE FROM loan WHERE id = 2`);
    expect(await version()).not.toBe(after);
  });

  it("covers tables added later once kept again, as a service's next start does", async () => {
    await db.query(`CREATE TABLE hold (id int PRIMARY KEY)`);
    await db.transaction((manager) => keepDataVersion(manager));
    await db.transaction((manager) => keepDataVersion(manager));
    const before = await version();
    await db.query(`INSERT INTO hold (id) VALUES (1)`);
    expect(await version()).not.toBe(before);
    const truncated = await version();
    await db.query(`TRUNCATE hold`);
    expect(await version()).not.toBe(truncated);
  });

  it("keeps one note per running writer, not one per write ever made", async () => {
    for (let i = 10; i < 60; i += 1) await db.query(`INSERT INTO loan (id) VALUES ($1)`, [i]);
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM data_version`)) as { count: number }[];
    expect(count).toBeLessThanOrEqual(2);
  });
});
