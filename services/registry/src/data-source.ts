import { type Database, openDatabase } from "@dlhub/subgraph-kit";
import { SavedOperationRow } from "./entities/saved-operation.entity.js";
import { SubgraphVersionRow } from "./entities/subgraph-version.entity.js";
import { SupergraphVersionRow } from "./entities/supergraph-version.entity.js";
import { CreateRegistryTables20261130000100 } from "./migrations/20261130000100-CreateRegistryTables.js";
import { AllowDeleteReason20261202000100 } from "./migrations/20261202000100-AllowDeleteReason.js";
import { CreateCoordinateUsage20261202000200 } from "./migrations/20261202000200-CreateCoordinateUsage.js";
import { CreateWebhookTables20261202000300 } from "./migrations/20261202000300-CreateWebhookTables.js";
import { CreateDepartments20261202000500 } from "./migrations/20261202000500-CreateDepartments.js";

export const REGISTRY_ENTITIES = [SubgraphVersionRow, SupergraphVersionRow, SavedOperationRow];
export const REGISTRY_MIGRATIONS = [
  CreateRegistryTables20261130000100,
  AllowDeleteReason20261202000100,
  CreateCoordinateUsage20261202000200,
  CreateWebhookTables20261202000300,
  CreateDepartments20261202000500,
];

/** The registry's own database, brought up to date by its migrations the way every service's is. */
export function openRegistryDatabase(url: string, onPoolError?: (error: Error) => void): Promise<Database> {
  return openDatabase({ url, entities: REGISTRY_ENTITIES, migrations: REGISTRY_MIGRATIONS, onPoolError });
}
