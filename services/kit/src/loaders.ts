import DataLoader from "dataloader";
import { type DataSource } from "typeorm";

/**
 * The DataLoaders of one GraphQL request. A loader is created on first use and lives as long as
 * the request, so its cache never serves one caller's rows to another or outlives a write.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();
  private readonly known = new Map<LoaderDefinition<unknown, unknown>, Map<unknown, unknown>>();

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
      // What was primed before the loader was first asked for.
      for (const [key, value] of this.known.get(definition as LoaderDefinition<unknown, unknown>) ?? []) loader.prime(key, value);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * A value the request already holds (read beside a page's rows), for `load` and for the loader.
   * The loader is primed only once it exists: most primed values are read through `load` alone,
   * and priming a DataLoader makes a promise per key.
   */
  prime<K, V>(definition: LoaderDefinition<K, V>, key: K, value: V): void {
    const definitionKey = definition as LoaderDefinition<unknown, unknown>;
    let values = this.known.get(definitionKey);
    if (!values) this.known.set(definitionKey, (values = new Map()));
    values.set(key, value);
    this.loaders.get(definitionKey)?.prime(key, value);
  }

  /**
   * The primed value itself, not a promise of it; else the loader's promise. graphql-js completes
   * a field whose resolver returns a value at once, and an object whose fields all do without a
   * promise of its own: on a catalog page whose relations were read beside its rows, that is every
   * initiative, site and partner.
   */
  load<K, V>(definition: LoaderDefinition<K, V>, key: K): V | Promise<V> {
    const values = this.known.get(definition as LoaderDefinition<unknown, unknown>);
    if (values?.has(key)) return values.get(key) as V;
    return this.get(definition).load(key);
  }
}

export interface LoaderDefinition<K, V> {
  readonly name: string;
  /** One SQL statement for all keys; returns one value (or Error) per key, in key order. */
  batch(keys: readonly K[], dataSource: DataSource): Promise<(V | Error)[]>;
}

type WithLoaders = { loaders: RequestLoaders };

/**
 * Declares a loader once; resolvers call `loader(context)` to get the request's instance, or
 * `loader.value(context, key)` for a value that may already be primed (`loader.prime`).
 */
export function defineLoader<K, V>(name: string, batch: LoaderDefinition<K, V>["batch"]) {
  const definition: LoaderDefinition<K, V> = { name, batch };
  return Object.assign((context: WithLoaders) => context.loaders.get(definition), {
    definition,
    prime: (context: WithLoaders, key: K, value: V) => context.loaders.prime(definition, key, value),
    value: (context: WithLoaders, key: K): V | Promise<V> => context.loaders.load(definition, key),
  });
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
