import { DEMO_DATASET } from "@dlhub/schema";
import { type EntityManager, type ObjectLiteral } from "typeorm";
import { upsertRows } from "../contract/demo-initiatives.js";

/** The provenance every demo place row carries. */
export const DEMO_SOURCE = { isDemo: true, sourceDataset: DEMO_DATASET, sourceImportedAt: null } as const;

/**
 * Loads demo places of one table, marked as demo, unless real rows of the kind are there: once a
 * real import has retired the demo rows, starting the hub again must not bring them back.
 * Returns whether it loaded them, so rows that hang off them (labs, camps) can follow suit.
 */
export async function seedDemoPlaces<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
  conflictColumns: (keyof T & string)[],
): Promise<boolean> {
  if (await hasRealRows(manager, entity)) return false;
  await upsertRows(manager, entity, rows.map((row) => ({ ...row, ...DEMO_SOURCE })) as Partial<T>[], conflictColumns);
  return true;
}

/** Whether the table holds any row that is not demo data. */
export async function hasRealRows(manager: EntityManager, entity: new () => ObjectLiteral): Promise<boolean> {
  const table = manager.connection.getMetadata(entity).tableName;
  const [{ real }] = await manager.query<{ real: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE NOT is_demo) AS real`);
  return real;
}
