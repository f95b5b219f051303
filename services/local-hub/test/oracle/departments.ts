import { type Department, legacyDepartmentOf } from "@dlhub/schema";
import { type SubgraphService } from "@dlhub/subgraph-kit";
import { departmentState } from "../catalog-compare";
import { type Locator } from "@dlhub/subgraph-kit/testing";

/**
 * The departments' own account of their work, for the coordinator's questions: initiatives,
 * partners and outcomes from their tables by plain SQL, sites and places as their feeds state
 * them (catalog-compare.ts), each placed by the oracle's point-in-polygon over the City's raw
 * boundary files, never by the hub's catalog or its GeoIndex.
 */

export interface Placed {
  /** The neighborhood's name as the City's file writes it (LISTNAME), or OUTSIDE. */
  neighborhood: string;
  /** The planning district's name (DIST_NAME), or OUTSIDE. */
  district: string;
}

export interface OracleSite extends Placed {
  id: string;
  name: string;
  kind: string;
}

export interface OracleInitiative {
  id: string;
  /** The subgraph it came from, e.g. `it`. */
  source: string;
  department: Department | null;
  title: string;
  status: string;
  audiences: string[];
  startDate: string;
  endDate: string | null;
  isDemo: boolean;
  sites: OracleSite[];
  partners: { partnerSlug: string; role: string }[];
  outcomes: { metric: string; value: number; periodStart: string }[];
}

export interface OraclePlace extends Placed {
  id: string;
  department: Department | null;
  kind: string;
  status: string;
  name: string;
  isDemo: boolean;
  workstations: number | null;
  weeklyOpenHours: number | null;
}

export interface DepartmentsAnswer {
  initiatives: OracleInitiative[];
  places: OraclePlace[];
}

type Row = Record<string, any>;

export async function readDepartments(departments: SubgraphService[], locator: Locator): Promise<DepartmentsAnswer> {
  const answer: DepartmentsAnswer = { initiatives: [], places: [] };
  for (const department of departments) {
    const state = await departmentState(department);
    const of = (rows: Row[], id: string) => rows.filter((row) => row.initiativeId === id);
    for (const i of state.initiatives as Row[]) {
      answer.initiatives.push({
        id: i.id,
        source: department.name,
        // The real-data questions still ask the deprecated enum field: its old answers must hold.
        department: legacyDepartmentOf(i.departmentId),
        title: i.title,
        status: i.status,
        audiences: i.audiences,
        startDate: i.startDate,
        endDate: i.endDate,
        isDemo: i.isDemo,
        sites: of(state.sites, i.id).map((s) => ({ id: s.id, name: s.name, kind: s.kind, ...locator.locate(`site ${s.id}`, s.longitude, s.latitude) })),
        partners: of(state.partners, i.id).map((p) => ({ partnerSlug: p.partnerSlug, role: p.role })),
        outcomes: of(state.outcomes, i.id).map((o) => ({ metric: o.metric, value: o.value, periodStart: o.periodStart })),
      });
    }
    for (const p of state.places as Row[]) {
      answer.places.push({
        id: p.id,
        department: legacyDepartmentOf(p.departmentId),
        kind: p.kind,
        status: p.status,
        name: p.name,
        isDemo: p.isDemo,
        workstations: p.workstations,
        weeklyOpenHours: p.weeklyOpenHours,
        ...locator.locate(`place ${p.id}`, p.longitude, p.latitude),
      });
    }
  }
  return answer;
}

/** The ids of a department's initiatives a search matches, by the catalog's rule (title weighted over summary) in plain SQL on its own table. */
export async function searchDepartment(department: SubgraphService, words: string): Promise<Set<string>> {
  const rows: { id: string }[] = await department.database.dataSource.query(
    `SELECT id FROM initiative WHERE to_tsvector('simple', coalesce(title, '')) || to_tsvector('simple', coalesce(summary, '')) @@ websearch_to_tsquery('simple', $1)`,
    [words],
  );
  return new Set(rows.map((r) => r.id));
}
