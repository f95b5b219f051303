import { type PlaceFeedPage, type PlaceSnapshot } from "@dlhub/subgraph-kit";
import { type EntityManager, In } from "typeorm";
import { Place } from "../places/place.entity.js";
import { DepartmentFeed } from "./department-feed.entity.js";
import { type Locator, NOWHERE } from "./locator.js";
import { type StatedDepartment, assertPageOf } from "./page-department.js";

/**
 * Applies one place feed page to the place catalog and moves the department's place cursor, in
 * one transaction, as applyFeedPage does for initiatives: each change replaces the place's row
 * whole, so applying a page twice is harmless and a restart neither loses nor repeats a change.
 * A page of another department than the feed's is refused whole (assertPageOf).
 */
export async function applyPlacePage(db: EntityManager, source: string, page: PlaceFeedPage & StatedDepartment, locator: Locator): Promise<void> {
  assertPageOf(source, page, page.changes.flatMap((c) => (c.place ? [c.place] : [])));
  const now = new Date();
  const gone = page.changes.filter((c) => !c.place).map((c) => c.placeId);
  if (gone.length > 0) await db.delete(Place, { id: In(gone), source });
  const rows = page.changes.flatMap((c) => (c.place ? [placeRow(c.place, source, locator, now)] : []));
  if (rows.length > 0) await db.upsert(Place, rows, ["id"]);
  await db.update(DepartmentFeed, { name: source }, { placeCursor: page.cursor, ...(page.hasMore ? {} : { placesSyncedAt: now }) });
}

function placeRow(place: PlaceSnapshot, source: string, locator: Locator, now: Date): Partial<Place> {
  const location = place.longitude !== null && place.latitude !== null ? locator.locate(place.longitude, place.latitude) : NOWHERE;
  return {
    id: place.id,
    source,
    departmentId: source,
    kind: place.kind,
    typeCode: place.typeCode,
    status: place.status,
    name: place.name,
    address: place.address,
    latitude: place.latitude,
    longitude: place.longitude,
    workstations: place.workstations,
    weeklyOpenHours: place.weeklyOpenHours,
    sourceDataset: place.sourceDataset,
    sourceImportedAt: place.sourceImportedAt ? new Date(place.sourceImportedAt) : null,
    isDemo: place.isDemo,
    hostPlaceId: place.hostPlaceId,
    syncedAt: now,
    ...location,
  };
}
