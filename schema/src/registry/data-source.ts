import { DataSource } from "typeorm";
import { SavedOperationRow } from "./entities/saved-operation.entity.js";
import { SubgraphVersionRow } from "./entities/subgraph-version.entity.js";
import { SupergraphVersionRow } from "./entities/supergraph-version.entity.js";
import { CreateRegistryTables20261130000100 } from "./migrations/20261130000100-CreateRegistryTables.js";

export const REGISTRY_ENTITIES = [SubgraphVersionRow, SupergraphVersionRow, SavedOperationRow];
export const REGISTRY_MIGRATIONS = [CreateRegistryTables20261130000100];

/**
 * Connects to the registry's own database and brings it up to date. The schema changes only
 * through migrations, all in one transaction, so a failed one leaves nothing half-applied.
 */
export async function openRegistryDatabase(url: string, poolSize = 10): Promise<DataSource> {
  const dataSource = new DataSource({
    type: "postgres",
    url,
    entities: REGISTRY_ENTITIES,
    migrations: REGISTRY_MIGRATIONS,
    migrationsTransactionMode: "all",
    synchronize: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
