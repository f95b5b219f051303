import { type InitiativeContract, InitiativePartner, OutcomeMetric } from "@dlhub/schema";
import { type EntityManager, type ObjectLiteral } from "typeorm";

/** An initiative as demo data and importers describe it: contract fields, partners, outcomes. */
export type InitiativeInput = Omit<InitiativeContract, "id" | "createdAt" | "updatedAt" | "version" | "endDate" | "isDemo"> & {
  endDate?: string | null;
  partners?: Pick<InitiativePartner, "partnerSlug" | "name" | "role">[];
  outcomes?: Pick<OutcomeMetric, "metric" | "value" | "periodStart" | "periodEnd">[];
};

/** Inserts or updates rows by their natural key, so loading the same data twice changes nothing. */
export async function upsertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
  conflictColumns: (keyof T & string)[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.upsert(entity, rows as never, { conflictPaths: conflictColumns, skipUpdateIfNoValuesChanged: true });
}

/**
 * Upserts demo initiatives by slug, marked as demo, with their partners and outcomes, and returns
 * each slug's id so the department can attach its own rows (classes, sites, cohorts) to them. A
 * real initiative with a demo slug (an import made it) is left exactly as it is.
 */
export async function upsertDemoInitiatives<T extends InitiativeContract>(
  manager: EntityManager,
  entity: new () => T,
  initiatives: InitiativeInput[],
): Promise<Map<string, string>> {
  const table = manager.connection.getMetadata(entity).tableName;
  const real = new Set(
    (await manager.query<{ slug: string }[]>(`SELECT slug FROM ${table} WHERE NOT is_demo AND slug = ANY($1)`, [initiatives.map((i) => i.slug)])).map((r) => r.slug),
  );
  initiatives = initiatives.filter((i) => !real.has(i.slug));
  const rows = initiatives.map(({ partners: _p, outcomes: _o, ...fields }) => ({ endDate: null, ...fields, isDemo: true }));
  await upsertRows(manager, entity, rows as Partial<T>[], ["slug"]);
  const saved = await manager.getRepository(entity).find({ select: { id: true, slug: true } as never, where: { isDemo: true } as never });
  const ids = new Map(saved.map((row) => [row.slug, row.id]));
  const idOf = (slug: string) => ids.get(slug) as string;
  await upsertRows(
    manager,
    InitiativePartner,
    initiatives.flatMap((i) => (i.partners ?? []).map((p) => ({ ...p, initiativeId: idOf(i.slug) }))),
    ["initiativeId", "partnerSlug"],
  );
  await upsertRows(
    manager,
    OutcomeMetric,
    initiatives.flatMap((i) => (i.outcomes ?? []).map((o) => ({ ...o, initiativeId: idOf(i.slug) }))),
    ["initiativeId", "metric", "periodStart"],
  );
  return ids;
}
