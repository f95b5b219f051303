import { type Department, type PlaceStatus } from "@dlhub/schema";
import { type DataSource } from "typeorm";
import { readChangeLog } from "../contract/change-log.js";
import { type DepartmentOfFeed, departmentOfFeed } from "../contract/feed-department.js";

/**
 * What a department says about its places: one statement listing every place, with the columns
 * place_key (`<record>:<key>`, e.g. `library_branch:52004`), kind, type_code, status, name,
 * address, latitude, longitude, workstations, weekly_open_hours, source_dataset,
 * source_imported_at, is_demo and host_place_id (a whole place id, possibly another
 * department's). The feed selects from it by key, so PostgreSQL pushes the key into each part.
 */
export interface PlaceSource {
  sql: string;
}

/** A place as the feed carries it (docs/places.md): plain JSON, times as ISO strings. */
export interface PlaceSnapshot extends DepartmentOfFeed {
  id: string;
  kind: string;
  typeCode: string | null;
  status: PlaceStatus;
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  workstations: number | null;
  weeklyOpenHours: number | null;
  sourceDataset: string | null;
  sourceImportedAt: string | null;
  isDemo: boolean;
  hostPlaceId: string | null;
}

export interface PlaceFeedChange {
  placeId: string;
  /** Null when the place no longer exists in the department. */
  place: PlaceSnapshot | null;
}

export interface PlaceFeedPage extends DepartmentOfFeed {
  changes: PlaceFeedChange[];
  cursor: string | null;
  hasMore: boolean;
}

interface PlaceRow {
  place_key: string;
  kind: string;
  type_code: string | null;
  status: PlaceStatus;
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  workstations: number | null;
  weekly_open_hours: number | string | null;
  source_dataset: string | null;
  source_imported_at: Date | null;
  is_demo: boolean;
  host_place_id: string | null;
}

/** A department's place ids are its subgraph name before the key, so they are unique hub-wide. */
export const placeId = (subgraph: string, key: string) => `${subgraph}:${key}`;

export interface PlaceFeedOwner {
  /** The subgraph's name, which is also the department's registered id. */
  subgraph: string;
  /** Its value of the closed, deprecated enum; only the departments the enum lists have one. */
  legacyDepartment?: Department;
  places?: PlaceSource;
}

/** Reads the next page of changed places after `cursor`; a department without places serves empty pages. */
export async function readPlaceFeed(owner: PlaceFeedOwner, db: DataSource, after: string | null, limit: number): Promise<PlaceFeedPage> {
  const { keys, cursor, hasMore } = await readChangeLog(db, { table: "place_change", key: "place_key" }, after, limit);
  const rows = keys.length > 0 && owner.places ? await db.query<PlaceRow[]>(`SELECT * FROM (${owner.places.sql}) p WHERE p.place_key = ANY($1)`, [keys]) : [];
  const byKey = new Map(rows.map((row) => [row.place_key, row]));
  return {
    ...departmentOf(owner),
    changes: keys.map((key) => {
      const row = byKey.get(key);
      return { placeId: placeId(owner.subgraph, key), place: row ? snapshot(owner, row) : null };
    }),
    cursor,
    hasMore,
  };
}

const departmentOf = (owner: PlaceFeedOwner) => departmentOfFeed({ departmentId: owner.subgraph, legacyDepartment: owner.legacyDepartment });

function snapshot(owner: PlaceFeedOwner, row: PlaceRow): PlaceSnapshot {
  return {
    id: placeId(owner.subgraph, row.place_key),
    ...departmentOf(owner),
    kind: row.kind,
    typeCode: row.type_code,
    status: row.status,
    name: row.name,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    workstations: row.workstations,
    weeklyOpenHours: row.weekly_open_hours === null ? null : Number(row.weekly_open_hours),
    sourceDataset: row.source_dataset,
    sourceImportedAt: row.source_imported_at ? new Date(row.source_imported_at).toISOString() : null,
    isDemo: row.is_demo,
    hostPlaceId: row.host_place_id,
  };
}
