import { Column, DataSource, Entity, PrimaryColumn } from "typeorm";
import { plainRows } from "@dlhub/subgraph-kit";
import { createTestDatabase, useTestStack } from "@dlhub/subgraph-kit/testing";

enum Colour {
  RED = "RED",
  BLUE = "BLUE",
}

/** The columns both views of the table share: one of every kind the catalog's hot paths read, and one with a transformer. */
abstract class PlainRowColumns {
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ name: "display_name", type: "varchar", length: 100 })
  displayName!: string;

  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Column({ type: "text", array: true })
  tags!: string[];

  @Column({ name: "start_date", type: "date" })
  startDate!: string;

  @Column({ name: "end_date", type: "date", nullable: true })
  endDate!: string | null;

  @Column({ name: "changed_at", type: "timestamptz" })
  changedAt!: Date;

  @Column({ type: "double precision", nullable: true })
  latitude!: number | null;

  @Column({ type: "integer" })
  seats!: number;

  @Column({ type: "boolean" })
  demo!: boolean;

  @Column({ type: "jsonb", nullable: true })
  extra!: Record<string, unknown> | null;

  /** Read only when asked by name, as a boundary's outline is: find leaves it out, and so must plainRows. */
  @Column({ type: "jsonb", select: false, nullable: true })
  outline!: Record<string, unknown> | null;

  @Column({ type: "numeric", transformer: { to: (value: number) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) } })
  share!: number;
}

@Entity("plain_row")
class PlainRow extends PlainRowColumns {
  @Column({ type: "enum", enum: Colour, enumName: "plain_colour", array: true })
  colours!: Colour[];
}

/** The same table seen without its enum array column. */
@Entity("plain_row")
class PlainRowWithoutEnums extends PlainRowColumns {}

/** The table as a migration would write it: the schema never changes by itself. */
const CREATE_TABLE = `
  CREATE TYPE plain_colour AS ENUM ('RED', 'BLUE');
  CREATE TABLE plain_row (
    id uuid PRIMARY KEY, display_name varchar(100) NOT NULL, note text, tags text[] NOT NULL DEFAULT '{}',
    colours plain_colour[] NOT NULL DEFAULT '{}', start_date date NOT NULL, end_date date,
    changed_at timestamptz NOT NULL, latitude double precision, seats integer NOT NULL,
    demo boolean NOT NULL DEFAULT false, extra jsonb, outline jsonb, share numeric NOT NULL)`;

describe("plainRows", () => {
  const stack = useTestStack();
  let dataSource: DataSource;

  beforeAll(async () => {
    const database = await createTestDatabase("plain_rows");
    stack.defer("the test database", () => database.drop());
    dataSource = new DataSource({ type: "postgres", url: database.url, entities: [PlainRow, PlainRowWithoutEnums] });
    await dataSource.initialize();
    stack.defer("the data source", () => dataSource.destroy());
    await dataSource.query(CREATE_TABLE);
    await dataSource.getRepository(PlainRow).insert([
      {
        id: "6f1c1a2e-0000-4000-8000-000000000001",
        displayName: "Full",
        note: "with \"quotes\"",
        tags: ["a", "b,c", "d e", 'say "hi"', "back\\slash", "NULL", "{braces}", "Español 中文", ""],
        colours: [Colour.RED, Colour.BLUE],
        startDate: "2024-09-16",
        endDate: "2025-01-31",
        changedAt: new Date("2026-12-02T10:11:12.345Z"),
        latitude: 39.95,
        seats: 12,
        demo: true,
        extra: { nested: [1, 2] },
        outline: { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
        share: 0.25,
      },
      {
        id: "6f1c1a2e-0000-4000-8000-000000000002",
        displayName: "Sparse",
        note: null,
        tags: [],
        colours: [],
        startDate: "2023-01-01",
        endDate: null,
        changedAt: new Date("2020-02-29T00:00:00Z"),
        latitude: null,
        seats: 0,
        demo: false,
        extra: null,
        share: 3,
      },
    ]);
  });

  it("reads every column as TypeORM's own hydration does", async () => {
    const expected = (await dataSource.getRepository(PlainRow).find({ order: { displayName: "ASC" } })).map((row) => ({ ...row }));
    const rows = plainRows(dataSource, PlainRow, "p");
    const raw = await dataSource.query(`SELECT ${rows.select} FROM plain_row p ORDER BY p.display_name`);
    expect(rows.hydrate(raw)).toEqual(expected);
    // Not vacuous: the values that need converting were converted.
    expect(expected[0]).toMatchObject({ startDate: "2024-09-16", colours: ["RED", "BLUE"], share: 0.25, changedAt: new Date("2026-12-02T10:11:12.345Z") });
  });

  it("reads rows aggregated as JSON objects the same way, for an entity without enum arrays", async () => {
    const expected = (await dataSource.getRepository(PlainRow).find({ order: { displayName: "ASC" } })).map(({ colours: _colours, ...row }) => row);
    const rows = plainRows(dataSource, PlainRowWithoutEnums, "p");
    const [{ all }] = await dataSource.query(`SELECT json_agg(${rows.json} ORDER BY p.display_name) AS all FROM plain_row p`);
    expect(rows.hydrate(all)).toEqual(expected);
    expect(() => plainRows(dataSource, PlainRow, "p").json).toThrow(/colours is an enum array/);
  });

  it("leaves out a column find never selects unless asked (select: false), in both forms", async () => {
    const rows = plainRows(dataSource, PlainRowWithoutEnums, "p");
    expect(rows.select).not.toContain("outline");
    expect(rows.json).not.toContain("outline");
    // The value is there to be left out.
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM plain_row WHERE outline IS NOT NULL`)).toEqual([{ n: 1 }]);
  });

  it("makes each row an instance of the entity, so type-graphql hands it to field resolvers without copying it", async () => {
    const rows = plainRows(dataSource, PlainRowWithoutEnums, "p");
    const [raw] = await dataSource.query(`SELECT ${rows.select} FROM plain_row p WHERE p.seats = 12`);
    const [{ all }] = await dataSource.query(`SELECT json_agg(${rows.json}) AS all FROM plain_row p WHERE p.seats = 12`);
    for (const row of [...rows.hydrate([raw]), ...rows.hydrate(all)]) {
      expect(row).toBeInstanceOf(PlainRowWithoutEnums);
      expect(row).toMatchObject({ displayName: "Full", startDate: "2024-09-16" });
    }
  });

  it("carries more values after a JSON row's columns, which hydration leaves aside", async () => {
    const rows = plainRows(dataSource, PlainRowWithoutEnums, "p");
    const [{ all }] = await dataSource.query(`SELECT json_agg(${rows.jsonWith("p.seats * 2", "upper(p.display_name)")} ORDER BY p.display_name) AS all FROM plain_row p`);
    expect(all.map((row: unknown[]) => rows.after(row))).toEqual([[24, "FULL"], [0, "SPARSE"]]);
    expect(rows.hydrate(all)).toEqual(rows.hydrate(await dataSource.query(`SELECT ${rows.select} FROM plain_row p ORDER BY p.display_name`)));
  });

  it("reads only the properties asked for, converted as in the whole read", async () => {
    const whole = plainRows(dataSource, PlainRow, "p");
    const some = whole.only(["id", "startDate", "colours", "noSuchProperty"]);
    expect(some.select).toBe(`"p"."id" AS "id", "p"."start_date"::text AS "startDate", "p"."colours" AS "colours"`);
    const raw = await dataSource.query(`SELECT ${some.select} FROM plain_row p ORDER BY p.display_name`);
    const expected = whole.hydrate(await dataSource.query(`SELECT ${whole.select} FROM plain_row p ORDER BY p.display_name`));
    expect(some.hydrate(raw)).toEqual(expected.map(({ id, startDate, colours }) => ({ id, startDate, colours })));
    expect(whole.only(["startDate", "colours", "id"])).toBe(some);
  });

  it("builds a narrowed read's JSON rows of its own columns, with values after them", async () => {
    const whole = plainRows(dataSource, PlainRowWithoutEnums, "p");
    const some = whole.only(["startDate", "displayName"]);
    const [{ all }] = await dataSource.query(`SELECT json_agg(${some.jsonWith("p.seats")} ORDER BY p.display_name) AS all FROM plain_row p`);
    expect(all.map((row: unknown[]) => some.after(row))).toEqual([[12], [0]]);
    const expected = whole.hydrate(await dataSource.query(`SELECT ${whole.select} FROM plain_row p ORDER BY p.display_name`));
    expect(some.hydrate(all)).toEqual(expected.map(({ displayName, startDate }) => ({ displayName, startDate })));
    // An enum array column cannot go into JSON; a narrowed read without it can.
    expect(() => plainRows(dataSource, PlainRow, "p").json).toThrow(/enum array/);
    expect(plainRows(dataSource, PlainRow, "p").only(["id"]).json).toBe(`json_build_array("p"."id")`);
  });

  it("writes the select list once per entity and alias", () => {
    expect(plainRows(dataSource, PlainRow, "p")).toBe(plainRows(dataSource, PlainRow, "p"));
    expect(plainRows(dataSource, PlainRow, "q").select).toContain(`"q"."display_name" AS "displayName"`);
  });
});
