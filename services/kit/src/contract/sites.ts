import { type InitiativeSite, type SiteKind } from "@dlhub/schema";
import { type DataSource } from "typeorm";
import { groupByKey } from "../loaders.js";

interface SiteRow {
  initiative_id: string;
  key: string;
  kind: SiteKind;
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  workstations?: number | null;
  weekly_open_hours?: number | null;
}

/**
 * Turns a department's sites statement into the contract's sites, grouped per initiative in id
 * order. Site ids are `<subgraph>:<kind>:<key>` so the same place has the same id in every feed.
 */
export function sitesQuery(subgraph: string, sql: string) {
  return async (ids: readonly string[], db: DataSource): Promise<InitiativeSite[][]> => {
    const rows: SiteRow[] = await db.query(sql, [ids]);
    const sites = rows.map((row) => ({
      initiativeId: row.initiative_id,
      id: `${subgraph}:${row.kind.toLowerCase()}:${row.key}`,
      name: row.name,
      kind: row.kind,
      address: row.address,
      latitude: row.latitude,
      longitude: row.longitude,
      workstations: row.workstations ?? null,
      weeklyOpenHours: row.weekly_open_hours === undefined || row.weekly_open_hours === null ? null : Number(row.weekly_open_hours),
    }));
    return groupByKey(ids, sites, (site) => site.initiativeId);
  };
}
