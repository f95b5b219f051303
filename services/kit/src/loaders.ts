import DataLoader from "dataloader";
import { type DataSource } from "typeorm";

/**
 * The DataLoaders of one GraphQL request. A loader is created on first use and lives as long as
 * the request, so its cache never serves one caller's rows to another or outlives a write.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(readonly dataSource: DataSource) {}

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>(
        (keys) => definition.batch(keys as readonly K[], this.dataSource),
        // Keys are ids or codes; an object key would defeat the cache and batching silently.
        { cacheKeyFn: (key) => (typeof key === "object" ? JSON.stringify(key) : key) },
      );
      this.loaders.set(definition as LoaderDefinition<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

export interface LoaderDefinition<K, V> {
  readonly name: string;
  /** One SQL statement for all keys; returns one value (or Error) per key, in key order. */
  batch(keys: readonly K[], dataSource: DataSource): Promise<(V | Error)[]>;
}

/** Declares a loader once; resolvers call `load(context)` to get the request's instance. */
export function defineLoader<K, V>(name: string, batch: LoaderDefinition<K, V>["batch"]) {
  const definition: LoaderDefinition<K, V> = { name, batch };
  return Object.assign((context: { loaders: RequestLoaders }) => context.loaders.get(definition), { definition });
}

/** Rows grouped under each key, in key order; a key without rows gets an empty list. */
export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** The row for each key, in key order; null where there is none. */
export function indexByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const index = new Map<K, R>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}
