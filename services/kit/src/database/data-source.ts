import { Client } from "pg";
import { DataSource, type MixedList, type EntitySchema } from "typeorm";
import { keepDataVersion, prepareDataVersion } from "./data-version.js";
import { StatementCounter } from "./statement-counter.js";

export interface DatabaseOptions {
  url: string;
  // TypeORM's own element types for entity and migration lists.
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Pool size per service instance. */
  poolSize?: number;
  /**
   * Told when an idle pooled connection breaks (the server restarted or dropped it). The pool
   * discards that connection and opens a fresh one when next needed. A pool error nobody listens
   * to would end the process; TypeORM's own listener writes to the DataSource's logger, which
   * here only counts statements, so without this the service's log would not show it.
   */
  onPoolError?: (error: Error) => void;
}

export interface Database {
  dataSource: DataSource;
  statements: StatementCounter;
}

/**
 * Connects and brings the schema up to date. The schema only ever changes through migrations,
 * which run in one transaction so a failed migration leaves nothing half-applied.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const statements = new StatementCounter();
  const dataSource = new DataSource({
    type: "postgres",
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTransactionMode: "all",
    synchronize: false,
    logging: ["query"],
    logger: statements,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 },
    poolErrorHandler: (error: Error) => options.onPoolError?.(error),
  });
  await dataSource.initialize();
  try {
    await migrateOneCopyAtATime(dataSource, options.url);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, statements };
}

/** Any 64-bit number no other lock of the hub's uses; advisory locks are per database. */
const MIGRATIONS_LOCK = "7160134482311920217";

/**
 * Copies of a service started together on one database would run the same migrations at once and
 * all but one fail. A session advisory lock lets one copy migrate while the others wait for it,
 * and then find nothing left to do. The lock is held on a connection of its own, outside the
 * pool, so a pool of one (the import command's) still has its connection for the migrations.
 */
async function migrateOneCopyAtATime(dataSource: DataSource, url: string): Promise<void> {
  const session = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await session.connect();
  try {
    await session.query("SELECT pg_advisory_lock($1::bigint)", [MIGRATIONS_LOCK]);
    await dataSource.transaction((manager) => prepareDataVersion(manager));
    await dataSource.runMigrations();
    await dataSource.transaction((manager) => keepDataVersion(manager));
  } finally {
    // Ending the session releases its lock, also when a migration failed.
    await session.end();
  }
}
