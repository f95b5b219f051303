import { type DataSource, type EntityMetadata, type EntityTarget, type ObjectLiteral } from "typeorm";
import { type ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";

/**
 * An entity's table read on a hot path without TypeORM's query builder and entity hydration.
 * Profiling the hub's catalog page showed TypeORM building the same SELECT again on every call
 * and hydrating each row through its general transformer (relations, grouping by primary key):
 * more CPU than the SQL itself. Here the select list is written once per entity and alias, and
 * each row becomes an object of the entity's class holding its properties, each value converted by the
 * driver exactly as TypeORM's own hydration converts it (dates, arrays, enums), so answers are
 * the same. For tables read by column only: no relations, no embedded entities.
 */
export interface PlainRows<T> {
  /** `"alias"."column" AS "property", …`: every column of the entity find would read (not `select: false` ones), for a SELECT written by hand. */
  readonly select: string;
  /** `"table" "alias"`: the entity's table under the alias `select` names, for the FROM. */
  readonly from: string;
  /**
   * `json_build_array("alias"."column", …)`: one row as a JSON array of its columns in a fixed
   * order, for rows a statement aggregates (json_agg) beside the rows it reads; `hydrate` reads
   * those too. An array, not an object named by property: PostgreSQL builds, and the driver parses,
   * a third less text per row, and no key strings. Not for an entity with an enum array column
   * (TypeORM hydrates those from PostgreSQL's text form).
   */
  readonly json: string;
  /** `json` with more values after the columns, each an SQL expression; `after` reads them back. */
  jsonWith(...extra: string[]): string;
  /** What a row built by `jsonWith` holds after its columns, in order. */
  after(row: unknown[]): unknown[];
  /**
   * The entity's properties of each raw row read with `select` (or each row built with `json`),
   * as an instance of the entity's class: type-graphql hands a field resolver's root over as it is
   * only when it is one, and otherwise copies it into a new instance for every field it resolves.
   */
  hydrate(rows: Record<string, unknown>[] | unknown[][]): T[];
  /**
   * The same read narrowed to some of the entity's properties (unknown names are ignored), for
   * rows that go only where those properties are read: a page's own rows, whose query says which
   * fields it wants, or rows read beside them as JSON that go only to it. Written once per set of
   * properties.
   */
  only(properties: Iterable<string>): ColumnsRead<T>;
}

/** One way of reading some of an entity's columns: the whole read, or one narrowed with `only`. */
export type ColumnsRead<T> = Pick<PlainRows<T>, "select" | "json" | "jsonWith" | "after" | "hydrate">;

interface ReadColumn {
  column: ColumnMetadata;
  property: string;
  converted: boolean;
}

/** Narrowed readers kept per entity and alias: far more than the field sets a client's saved queries ask for. */
const NARROWED_KEPT = 64;

const built = new WeakMap<DataSource, Map<string, PlainRows<unknown>>>();

export function plainRows<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, alias: string): PlainRows<T> {
  const metadata = dataSource.getMetadata(entity);
  let forSource = built.get(dataSource);
  if (!forSource) built.set(dataSource, (forSource = new Map()));
  const key = `${metadata.name}\u0000${alias}`;
  const known = forSource.get(key);
  if (known) return known as PlainRows<T>;
  if (metadata.relations.length > 0 || metadata.embeddeds.length > 0) {
    throw new Error(`plainRows reads tables by column only; ${metadata.name} has relations or embedded entities`);
  }
  // A column TypeORM never selects unless asked by name (`select: false`: a boundary's outline, tens
  // of kilobytes) is left out here too, as find leaves it out.
  const columns: ReadColumn[] = metadata.columns.filter((column) => column.isSelect).map((column) => ({ column, property: column.propertyName, converted: convertedOnRead(column) }));
  const reader = (read: ReadColumn[]) => columnsRead<T>(dataSource, metadata, alias, read);
  const narrowed = new Map<string, ColumnsRead<T>>();
  const whole = reader(columns);
  const rows: PlainRows<T> = {
    select: whole.select,
    get json() {
      return whole.json;
    },
    jsonWith: whole.jsonWith,
    after: whole.after,
    hydrate: whole.hydrate,
    from: `${quote(metadata.tablePath)} ${quote(alias)}`,
    only(properties) {
      const wanted = new Set(properties);
      const read = columns.filter(({ property }) => wanted.has(property));
      const key = read.map(({ property }) => property).join(",");
      const found = narrowed.get(key) ?? reader(read);
      // Kept for the sets queries ask for again; a caller choosing fields at will cannot grow it without end.
      if (narrowed.size < NARROWED_KEPT) narrowed.set(key, found);
      return found;
    },
  };
  forSource.set(key, rows as PlainRows<unknown>);
  return rows;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The select list of some columns, their JSON row, and the hydration of the rows either reads. */
function columnsRead<T>(dataSource: DataSource, metadata: EntityMetadata, alias: string, columns: ReadColumn[]): ColumnsRead<T> {
  const driver = dataSource.driver;
  // A class entity's rows are made its instances without running its constructor, as TypeORM's
  // own hydration makes them.
  const prototype = typeof metadata.target === "function" ? (metadata.target.prototype as object) : Object.prototype;
  const values = columns.map(({ column }) => `${quote(alias)}.${quote(column.databaseName)}`);
  const enumArray = columns.find(({ column }) => column.isArray && column.enum);
  const read: ColumnsRead<T> = {
    select: columns.map(({ column, property }) => `${selected(column, `${quote(alias)}.${quote(column.databaseName)}`)} AS ${quote(property)}`).join(", "),
    get json() {
      return read.jsonWith();
    },
    jsonWith(...extra) {
      if (enumArray) throw new Error(`plainRows cannot read ${metadata.name} as JSON: ${enumArray.property} is an enum array`);
      return `json_build_array(${[...values, ...extra].join(", ")})`;
    },
    after: (row) => row.slice(columns.length),
    hydrate: (raw) =>
      raw.map((row) => {
        const object = Object.create(prototype) as Record<string, unknown>;
        // A row built by `json` holds its values in the columns' order.
        const positional = Array.isArray(row);
        for (let index = 0; index < columns.length; index++) {
          const { column, property, converted } = columns[index];
          const value = positional ? row[index] : (row as Record<string, unknown>)[property];
          object[property] = converted ? driver.prepareHydratedValue(value, column) : value;
        }
        return object as T;
      }),
  };
  return read;
}

/**
 * The column types TypeORM's PostgreSQL driver changes on reading (prepareHydratedValue: dates,
 * times, booleans and numbers declared by constructor, enums, simple-array/json, hstore, cube,
 * vectors) or that carry a transformer; any other value it hands back as the driver parsed it, so
 * those are copied without the call, which tests a dozen types per value on a page's hot path.
 */
const UNCONVERTED = new Set<unknown>(["varchar", "character varying", "text", "uuid", "int", "integer", "bigint", "smallint", "float8", "double precision", "real", "numeric", "boolean", "jsonb", "json"]);

function convertedOnRead(column: ColumnMetadata): boolean {
  return column.transformer !== undefined || (!UNCONVERTED.has(column.type) && !asText(column));
}

/** How a column is selected: a date as its text (asText), a text array as JSON (asJson), any other as it is. */
function selected(column: ColumnMetadata, value: string): string {
  if (asText(column)) return `${value}::text`;
  return asJson(column) ? `to_json(${value})` : value;
}

/**
 * A text array is read as JSON, which the driver hands to JSON.parse, where its own array parser
 * reads the text `{a,"b c"}` a character at a time in JavaScript (2 % of a catalog page's CPU in
 * its profile). The same strings come back, nulls and quotes included.
 */
function asJson(column: ColumnMetadata): boolean {
  return column.isArray && !column.enum && column.transformer === undefined && (column.type === "text" || column.type === "varchar" || column.type === "character varying");
}

/**
 * A calendar date is read as its text, `2024-10-28`, which is what TypeORM makes of it: the driver
 * would parse it into a Date at local midnight and TypeORM format that back into the same text
 * (about 1% of a catalog page's CPU in its profile). In a JSON row it is that text already.
 */
function asText(column: ColumnMetadata): boolean {
  return column.type === "date" && !column.isArray && column.transformer === undefined;
}
