import { type DataSource } from "typeorm";

/**
 * What the catalog must mirror of one department: every initiative with its title and the number
 * of its partners and outcomes. Compared as sorted lists, so a missing, extra or duplicated row
 * shows in the diff.
 */
export async function departmentState(db: DataSource): Promise<string[]> {
  const rows: { id: string; title: string; partners: number; outcomes: number }[] = await db.query(`
    SELECT i.id, i.title,
      (SELECT count(*)::int FROM initiative_partner p WHERE p.initiative_id = i.id) AS partners,
      (SELECT count(*)::int FROM initiative_outcome o WHERE o.initiative_id = i.id) AS outcomes
    FROM initiative i ORDER BY i.id`);
  return rows.map((r) => `${r.id} ${r.title} p${r.partners} o${r.outcomes}`);
}

export async function catalogState(hub: DataSource, source: string): Promise<string[]> {
  const rows: { id: string; title: string; partners: number; outcomes: number }[] = await hub.query(
    `SELECT i.id, i.title,
      (SELECT count(*)::int FROM catalog_partner p WHERE p.initiative_id = i.id) AS partners,
      (SELECT count(*)::int FROM catalog_outcome o WHERE o.initiative_id = i.id) AS outcomes
    FROM catalog_initiative i WHERE i.source = $1 ORDER BY i.id`,
    [source],
  );
  return rows.map((r) => `${r.id} ${r.title} p${r.partners} o${r.outcomes}`);
}

/** Polls `check` until it returns true; resolves with the milliseconds it took. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
