import { DataSource, type MixedList, type EntitySchema } from "typeorm";
import { StatementCounter } from "./statement-counter.js";

export interface DatabaseOptions {
  url: string;
  // TypeORM's own element types for entity and migration lists.
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Pool size per service instance. */
  poolSize?: number;
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
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, statements };
}
