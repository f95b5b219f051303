import { FEED_PATH, PLACE_FEED_PATH, type SubgraphService } from "@dlhub/subgraph-kit";
import { waitFor as waitForCondition } from "@dlhub/subgraph-kit/testing";
import { type DataSource } from "typeorm";

/**
 * What the hub's catalog must mirror of one department: every field of every initiative, and
 * every site, partner, outcome and place, row by row. Each list is sorted by its key, so a
 * missing, extra or altered row shows by name in `toEqual`'s diff.
 */
export interface MirroredState {
  initiatives: Record<string, unknown>[];
  sites: Record<string, unknown>[];
  partners: Record<string, unknown>[];
  outcomes: Record<string, unknown>[];
  places: Record<string, unknown>[];
}

type Row = Record<string, unknown>;

const INITIATIVE_COLUMNS = `i.id, i.slug, i.title, i.summary, i.kind, i.status, i.audiences, i.languages, i.pillars,
  to_char(i.start_date, 'YYYY-MM-DD') AS "startDate", to_char(i.end_date, 'YYYY-MM-DD') AS "endDate", i.is_demo AS "isDemo"`;

const byKey = (...keys: string[]) => (a: Row, b: Row) => {
  for (const key of keys) {
    const [x, y] = [String(a[key]), String(b[key])];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** Timestamps to the millisecond, the precision the feed carries them at (`toISOString`). */
const instant = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

interface FeedPage<Change> {
  departmentId: string;
  changes: Change[];
  cursor: string | null;
  hasMore: boolean;
}

/**
 * A department's feed read from its beginning: every key it ever logged with its current
 * snapshot (null once gone). Each snapshot is taken when read, so this is the department's own
 * account of its present state, whatever the hub made of it.
 */
async function readWholeFeed<Change extends Record<string, unknown>>(service: SubgraphService, path: string, key: keyof Change, value: keyof Change) {
  const current = new Map<string, unknown>();
  let departmentId = "";
  for (let after: string | null = null; ; ) {
    const url = new URL(path, service.url);
    url.searchParams.set("limit", "500");
    if (after) url.searchParams.set("after", after);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    const page = (await response.json()) as FeedPage<Change>;
    departmentId = page.departmentId;
    for (const change of page.changes) current.set(String(change[key]), change[value]);
    if (!page.hasMore) return { departmentId, snapshots: [...current.values()].filter((s): s is Row => s !== null) };
    after = page.cursor;
  }
}

/** The department's state: initiatives, partners and outcomes from its tables; sites and places as its feeds state them. */
export async function departmentState(service: SubgraphService): Promise<MirroredState> {
  const db = service.database.dataSource;
  const feed = await readWholeFeed<{ initiativeId: string; initiative: Row | null }>(service, FEED_PATH, "initiativeId", "initiative");
  const places = await readWholeFeed<{ placeId: string; place: Row | null }>(service, PLACE_FEED_PATH, "placeId", "place");
  const initiatives: Row[] = await db.query(`SELECT ${INITIATIVE_COLUMNS}, i.updated_at AS "updatedAt" FROM initiative i`);
  const partners: Row[] = await db.query(`SELECT initiative_id AS "initiativeId", partner_slug AS "partnerSlug", name, role FROM initiative_partner`);
  const outcomes: Row[] = await db.query(`SELECT initiative_id AS "initiativeId", metric, value,
    to_char(period_start, 'YYYY-MM-DD') AS "periodStart", to_char(period_end, 'YYYY-MM-DD') AS "periodEnd" FROM initiative_outcome`);
  const sites = feed.snapshots.flatMap((snapshot) =>
    (snapshot.sites as Row[]).map(({ initiativeId: _echoed, ...site }) => ({ initiativeId: snapshot.id, ...site })),
  );
  return {
    initiatives: initiatives
      .map(({ updatedAt, ...fields }) => ({ ...fields, departmentId: feed.departmentId, updatedAt: instant(updatedAt as Date) }))
      .sort(byKey("id")),
    sites: sites.sort(byKey("initiativeId", "id")),
    partners: partners.sort(byKey("initiativeId", "partnerSlug")),
    outcomes: outcomes.sort(byKey("initiativeId", "metric", "periodStart")),
    // The catalog keeps a place's department by id; the deprecated enum value is not stored.
    places: places.snapshots.map(({ department: _legacy, ...place }) => place).sort(byKey("id")),
  };
}

/** The same of the hub's catalog, for the rows that came from department `source`. */
export async function catalogState(hub: DataSource, source: string): Promise<MirroredState> {
  const initiatives: Row[] = await hub.query(
    `SELECT ${INITIATIVE_COLUMNS}, i.department_id AS "departmentId", i.source_updated_at AS "updatedAt" FROM catalog_initiative i WHERE i.source = $1`,
    [source],
  );
  const mine = `initiative_id IN (SELECT id FROM catalog_initiative WHERE source = $1)`;
  const sites: Row[] = await hub.query(
    `SELECT initiative_id AS "initiativeId", site_id AS id, name, kind, address, latitude, longitude, workstations, weekly_open_hours AS "weeklyOpenHours"
       FROM catalog_site WHERE ${mine}`,
    [source],
  );
  const partners: Row[] = await hub.query(`SELECT initiative_id AS "initiativeId", partner_slug AS "partnerSlug", name, role FROM catalog_partner WHERE ${mine}`, [source]);
  const outcomes: Row[] = await hub.query(
    `SELECT initiative_id AS "initiativeId", metric, value, to_char(period_start, 'YYYY-MM-DD') AS "periodStart", to_char(period_end, 'YYYY-MM-DD') AS "periodEnd"
       FROM catalog_outcome WHERE ${mine}`,
    [source],
  );
  const places: Row[] = await hub.query(
    `SELECT id, department_id AS "departmentId", kind, type_code AS "typeCode", status, name, address, latitude, longitude, workstations,
            weekly_open_hours AS "weeklyOpenHours", source_dataset AS "sourceDataset", source_imported_at AS "sourceImportedAt",
            is_demo AS "isDemo", host_place_id AS "hostPlaceId"
       FROM catalog_place WHERE source = $1`,
    [source],
  );
  return {
    initiatives: initiatives.map((row) => ({ ...row, updatedAt: instant(row.updatedAt as Date) })).sort(byKey("id")),
    sites: sites.sort(byKey("initiativeId", "id")),
    partners: partners.sort(byKey("initiativeId", "partnerSlug")),
    outcomes: outcomes.sort(byKey("initiativeId", "metric", "periodStart")),
    places: places.map((row) => ({ ...row, sourceImportedAt: instant(row.sourceImportedAt as Date | null) })).sort(byKey("id")),
  };
}

/** JSON with every object's keys sorted: equal text, equal rows, whatever built them. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

/** Whether the catalog's rows from the department equal the department's, field by field. */
export async function inStep(hub: DataSource, department: SubgraphService): Promise<boolean> {
  return canonical(await catalogState(hub, department.name)) === canonical(await departmentState(department));
}

/**
 * Waits until the catalog mirrors the department; when it never does, fails with the difference
 * field by field rather than with the time alone. Resolves with the milliseconds it took.
 */
export async function waitUntilInStep(hub: DataSource, department: SubgraphService, timeoutMs: number): Promise<number> {
  try {
    return await timedWait(() => inStep(hub, department), timeoutMs, `${department.name} in step in the catalog`);
  } catch (timeout) {
    expect(await catalogState(hub, department.name)).toEqual(await departmentState(department));
    throw timeout;
  }
}

/**
 * Catalog rows no followed department accounts for: an initiative, place, site, partner or
 * outcome whose source is none of `sources` or whose initiative is gone. The per-department
 * comparison cannot see those, since it selects by source.
 */
export async function strayCatalogRows(hub: DataSource, sources: string[]): Promise<Row> {
  const [row] = await hub.query(
    `SELECT (SELECT count(*)::int FROM catalog_initiative WHERE source <> ALL($1)) AS initiatives,
            (SELECT count(*)::int FROM catalog_place WHERE source <> ALL($1)) AS places,
            (SELECT count(*)::int FROM catalog_site s WHERE NOT EXISTS (SELECT 1 FROM catalog_initiative i WHERE i.id = s.initiative_id)) AS sites,
            (SELECT count(*)::int FROM catalog_partner p WHERE NOT EXISTS (SELECT 1 FROM catalog_initiative i WHERE i.id = p.initiative_id)) AS partners,
            (SELECT count(*)::int FROM catalog_outcome o WHERE NOT EXISTS (SELECT 1 FROM catalog_initiative i WHERE i.id = o.initiative_id)) AS outcomes`,
    [sources],
  );
  return row;
}

/**
 * The kit's `waitFor` for a test that also reports how long the change took: polls `check`
 * until it returns true and resolves with the milliseconds it took.
 */
export async function timedWait(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  await waitForCondition(check, what, { timeoutMs, intervalMs: 50 });
  return Date.now() - started;
}
