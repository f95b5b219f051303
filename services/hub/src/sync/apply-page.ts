import { type InitiativeFeedPage, type InitiativeSnapshot } from "@dlhub/subgraph-kit";
import { type EntityManager, In } from "typeorm";
import { CatalogOutcome, CatalogPartner } from "../catalog/catalog-rows.entity.js";
import { Initiative } from "../catalog/initiative.entity.js";
import { Site } from "../catalog/site.entity.js";
import { DepartmentFeed } from "./department-feed.entity.js";
import { type Locator, NOWHERE } from "./locator.js";

/**
 * Applies one feed page to the catalog and moves the department's cursor, in one transaction:
 * a crash before the commit leaves both as they were, a crash after leaves both done, so a
 * restart neither loses nor repeats a change. Each change replaces the initiative's rows whole,
 * which makes applying the same page twice harmless too.
 */
export async function applyFeedPage(db: EntityManager, source: string, page: InitiativeFeedPage, locator: Locator): Promise<void> {
  const snapshots = page.changes.flatMap((c) => (c.initiative ? [c.initiative] : []));
  const ids = page.changes.map((c) => c.initiativeId);
  const now = new Date();
  if (ids.length > 0) {
    // Children first; ended initiatives go entirely.
    await db.delete(Site, { initiativeId: In(ids) });
    await db.delete(CatalogPartner, { initiativeId: In(ids) });
    await db.delete(CatalogOutcome, { initiativeId: In(ids) });
    const ended = page.changes.filter((c) => !c.initiative).map((c) => c.initiativeId);
    if (ended.length > 0) await db.delete(Initiative, { id: In(ended) });
  }
  if (snapshots.length > 0) {
    await db.upsert(Initiative, snapshots.map((s) => initiativeRow(s, source, now)), ["id"]);
    await db.insert(Site, snapshots.flatMap((s) => siteRows(s, locator)));
    await db.insert(CatalogPartner, snapshots.flatMap((s) => s.partners.map((p) => ({ ...p, initiativeId: s.id }))));
    await db.insert(CatalogOutcome, snapshots.flatMap((s) => s.outcomes.map((o) => ({ ...o, initiativeId: s.id }))));
  }
  await db.update(DepartmentFeed, { name: source }, {
    cursor: page.cursor,
    department: page.department,
    lastAttemptAt: now,
    lastError: null,
    ...(page.hasMore ? {} : { lastSyncedAt: now }),
  });
}

function initiativeRow(snapshot: InitiativeSnapshot, source: string, now: Date): Partial<Initiative> {
  return {
    id: snapshot.id,
    source,
    department: snapshot.department,
    slug: snapshot.slug,
    title: snapshot.title,
    summary: snapshot.summary,
    kind: snapshot.kind,
    status: snapshot.status,
    audiences: snapshot.audiences,
    languages: snapshot.languages,
    pillars: snapshot.pillars,
    startDate: snapshot.startDate,
    endDate: snapshot.endDate ?? null,
    // A department that predates the flag sends none: its initiatives are as real as it says.
    isDemo: snapshot.isDemo ?? false,
    sourceUpdatedAt: new Date(snapshot.updatedAt),
    syncedAt: now,
  };
}

function siteRows(snapshot: InitiativeSnapshot, locator: Locator): Partial<Site>[] {
  return snapshot.sites.map((site) => {
    const place =
      site.longitude !== null && site.latitude !== null ? locator.locate(site.longitude, site.latitude) : NOWHERE;
    return {
      initiativeId: snapshot.id,
      siteId: site.id,
      name: site.name,
      kind: site.kind,
      address: site.address,
      latitude: site.latitude,
      longitude: site.longitude,
      workstations: site.workstations,
      weeklyOpenHours: site.weeklyOpenHours,
      ...place,
    };
  });
}
