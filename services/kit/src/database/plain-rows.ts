import { type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";
import { type ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";

/**
 * An entity's table read on a hot path without TypeORM's query builder and entity hydration.
 * Profiling the hub's catalog page showed TypeORM building the same SELECT again on every call
 * and hydrating each row through its general transformer (relations, grouping by primary key):
 * more CPU than the SQL itself. Here the select list is written once per entity and alias, and
 * each row becomes a plain object holding the entity's properties, each value converted by the
 * driver exactly as TypeORM's own hydration converts it (dates, arrays, enums), so answers are
 * the same. For tables read by column only: no relations, no embedded entities.
 */
export interface PlainRows<T> {
  /** `"alias"."column" AS "property", …`: every column of the entity find would read (not `select: false` ones), for a SELECT written by hand. */
  readonly select: string;
  /** `"table" "alias"`: the entity's table under the alias `select` names, for the FROM. */
  readonly from: string;
  /**
   * `json_build_object('property', "alias"."column", …)`: one row as a JSON object, for rows a
   * statement aggregates (json_agg) beside the rows it reads; `hydrate` reads those too. Not for
   * an entity with an enum array column (TypeORM hydrates those from PostgreSQL's text form).
   */
  readonly json: string;
  /** The entity's properties of each raw row read with `select` (or each object built with `json`). */
  hydrate(rows: Record<string, unknown>[]): T[];
}

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
  const columns = metadata.columns.filter((column) => column.isSelect).map((column) => ({ column, property: column.propertyName, converted: convertedOnRead(column) }));
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const select = columns.map(({ column, property }) => `${quote(alias)}.${quote(column.databaseName)} AS ${quote(property)}`).join(", ");
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const json = `json_build_object(${columns.map(({ column, property }) => `${literal(property)}, ${quote(alias)}.${quote(column.databaseName)}`).join(", ")})`;
  const driver = dataSource.driver;
  const enumArray = columns.find(({ column }) => column.isArray && column.enum);
  const rows: PlainRows<T> = {
    select,
    from: `${quote(metadata.tablePath)} ${quote(alias)}`,
    get json() {
      if (enumArray) throw new Error(`plainRows cannot read ${metadata.name} as JSON: ${enumArray.property} is an enum array`);
      return json;
    },
    hydrate: (raw) =>
      raw.map((row) => {
        const object: Record<string, unknown> = {};
        for (const { column, property, converted } of columns) object[property] = converted ? driver.prepareHydratedValue(row[property], column) : row[property];
        return object as T;
      }),
  };
  forSource.set(key, rows as PlainRows<unknown>);
  return rows;
}

/**
 * The column types TypeORM's PostgreSQL driver changes on reading (prepareHydratedValue: dates,
 * times, booleans and numbers declared by constructor, enums, simple-array/json, hstore, cube,
 * vectors) or that carry a transformer; any other value it hands back as the driver parsed it, so
 * those are copied without the call, which tests a dozen types per value on a page's hot path.
 */
const UNCONVERTED = new Set<unknown>(["varchar", "character varying", "text", "uuid", "int", "integer", "bigint", "smallint", "float8", "double precision", "real", "numeric", "boolean", "jsonb", "json"]);

function convertedOnRead(column: ColumnMetadata): boolean {
  return column.transformer !== undefined || !UNCONVERTED.has(column.type);
}
