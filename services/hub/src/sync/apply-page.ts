import { type InitiativeFeedPage, type InitiativeSnapshot, noteDataChange } from "@dlhub/subgraph-kit";
import { type EntityManager } from "typeorm";
import { ROLLUPS_BY_WRITER } from "../migrations/20261206100000-RollupsAppliedByTheSync.js";
import { DepartmentFeed } from "./department-feed.entity.js";
import { type Locator, NOWHERE } from "./locator.js";
import { type StatedDepartment, assertPageOf } from "./page-department.js";

/**
 * Applies one feed page to the catalog and moves the department's cursor, in one transaction:
 * a crash before the commit leaves both as they were, a crash after leaves both done, so a
 * restart neither loses nor repeats a change. Each change replaces the initiative's rows whole,
 * which makes applying the same page twice harmless too. A page of another department than the
 * feed's is refused whole (assertPageOf).
 */
export async function applyFeedPage(db: EntityManager, source: string, page: InitiativeFeedPage & StatedDepartment, locator: Locator): Promise<void> {
  const snapshots = page.changes.flatMap((c) => (c.initiative ? [c.initiative] : []));
  assertPageOf(source, page, snapshots);
  const ids = page.changes.map((c) => c.initiativeId);
  const now = new Date();
  // A page with an initiative to write changes data, whatever else it holds: noted before its
  // first statement, whose triggers would otherwise each call to note it.
  if (snapshots.length > 0) await noteDataChange(db);
  // The page names every initiative it changes: their roll-ups are brought up to date once, below,
  // instead of the catalog's triggers noting each statement's rows (RollupsAppliedByTheSync).
  if (ids.length > 0) await db.query(`SELECT set_config($1, 'on', true)`, [ROLLUPS_BY_WRITER]);
  if (ids.length > 0) {
    // Children first, of the initiatives the catalog holds already, in one statement: a catch-up's
    // pages are mostly initiatives new to the catalog, whose children three look-ups per id would
    // only find absent. Ended initiatives go entirely.
    await db.query(
      `WITH held AS MATERIALIZED (SELECT array_agg(id) AS ids FROM catalog_initiative WHERE id = ANY($1::uuid[])),
            sites AS (DELETE FROM catalog_site WHERE initiative_id = ANY((SELECT ids FROM held)::uuid[])),
            partners AS (DELETE FROM catalog_partner WHERE initiative_id = ANY((SELECT ids FROM held)::uuid[]))
       DELETE FROM catalog_outcome WHERE initiative_id = ANY((SELECT ids FROM held)::uuid[])`,
      [ids],
    );
    const ended = page.changes.filter((c) => !c.initiative).map((c) => c.initiativeId);
    if (ended.length > 0) await db.query(`DELETE FROM catalog_initiative WHERE id = ANY($1::uuid[])`, [ended]);
  }
  if (snapshots.length > 0) {
    await writeRows(db, INITIATIVE_COLUMNS, snapshots.map((s) => initiativeRow(s, source, now)), `ON CONFLICT (id) DO UPDATE SET ${updateAll(INITIATIVE_COLUMNS)}`);
    await writeRows(db, SITE_COLUMNS, snapshots.flatMap((s) => siteRows(s, locator)));
    await writeRows(db, PARTNER_COLUMNS, snapshots.flatMap((s) => s.partners.map((p) => ({ initiative_id: s.id, partner_slug: p.partnerSlug, name: p.name, role: p.role }))));
    await writeRows(db, OUTCOME_COLUMNS, snapshots.flatMap((s) => s.outcomes.map((o) => ({ initiative_id: s.id, metric: o.metric, period_start: o.periodStart, value: o.value, period_end: o.periodEnd }))));
  }
  if (ids.length > 0) await db.query(`SELECT rollup_apply($1::uuid[])`, [ids]);
  await db.update(DepartmentFeed, { name: source }, {
    cursor: page.cursor,
    statedDepartmentId: source,
    lastAttemptAt: now,
    lastError: null,
    ...(page.hasMore ? {} : { lastSyncedAt: now }),
  });
}

/** A catalog table and its columns with their SQL types: how writeRows reads its JSON rows. */
interface Columns {
  table: string;
  columns: [name: string, type: string][];
}

const INITIATIVE_COLUMNS: Columns = {
  table: "catalog_initiative",
  columns: [
    ["id", "uuid"], ["source", "varchar"], ["department_id", "varchar"], ["slug", "varchar"], ["title", "varchar"], ["summary", "text"],
    ["kind", "varchar"], ["status", "varchar"], ["audiences", "text[]"], ["languages", "text[]"], ["pillars", "text[]"],
    ["start_date", "date"], ["end_date", "date"], ["is_demo", "boolean"], ["source_updated_at", "timestamptz"], ["synced_at", "timestamptz"],
  ],
};
const SITE_COLUMNS: Columns = {
  table: "catalog_site",
  columns: [
    ["initiative_id", "uuid"], ["site_id", "varchar"], ["name", "varchar"], ["kind", "varchar"], ["address", "varchar"],
    ["latitude", "float8"], ["longitude", "float8"], ["workstations", "integer"], ["weekly_open_hours", "float8"],
    ["neighborhood_id", "varchar"], ["planning_district_id", "varchar"], ["tract_geoid", "varchar"],
  ],
};
const PARTNER_COLUMNS: Columns = { table: "catalog_partner", columns: [["initiative_id", "uuid"], ["partner_slug", "varchar"], ["name", "varchar"], ["role", "varchar"]] };
const OUTCOME_COLUMNS: Columns = {
  table: "catalog_outcome",
  columns: [["initiative_id", "uuid"], ["metric", "varchar"], ["period_start", "date"], ["value", "integer"], ["period_end", "date"]],
};

const updateAll = ({ columns }: Columns) => columns.slice(1).map(([name]) => `${name} = excluded.${name}`).join(", ");

/**
 * Inserts rows in one statement with one parameter, a JSON array: a page of hundreds of
 * initiatives with thousands of sites is one round trip, and no ORM builds and scans a parameter
 * per value (that cost grew faster than the page). Column names and types are the constants above.
 */
async function writeRows(db: EntityManager, { table, columns }: Columns, rows: Record<string, unknown>[], onConflict = ""): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => name).join(", ");
  await db.query(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns.map(([name, type]) => `${name} ${type}`).join(", ")}) ${onConflict}`,
    [JSON.stringify(rows)],
  );
}

function initiativeRow(snapshot: InitiativeSnapshot, source: string, now: Date): Record<string, unknown> {
  return {
    id: snapshot.id,
    source,
    department_id: source,
    slug: snapshot.slug,
    title: snapshot.title,
    summary: snapshot.summary,
    kind: snapshot.kind,
    status: snapshot.status,
    audiences: snapshot.audiences,
    languages: snapshot.languages,
    pillars: snapshot.pillars,
    start_date: snapshot.startDate,
    end_date: snapshot.endDate ?? null,
    // A department that predates the flag sends none: its initiatives are as real as it says.
    is_demo: snapshot.isDemo ?? false,
    source_updated_at: new Date(snapshot.updatedAt).toISOString(),
    synced_at: now.toISOString(),
  };
}

function siteRows(snapshot: InitiativeSnapshot, locator: Locator): Record<string, unknown>[] {
  return snapshot.sites.map((site) => {
    const place =
      site.longitude !== null && site.latitude !== null ? locator.locate(site.longitude, site.latitude) : NOWHERE;
    return {
      initiative_id: snapshot.id,
      site_id: site.id,
      name: site.name,
      kind: site.kind,
      address: site.address,
      latitude: site.latitude,
      longitude: site.longitude,
      workstations: site.workstations,
      weekly_open_hours: site.weeklyOpenHours,
      neighborhood_id: place.neighborhoodId,
      planning_district_id: place.planningDistrictId,
      tract_geoid: place.tractGeoid,
    };
  });
}
