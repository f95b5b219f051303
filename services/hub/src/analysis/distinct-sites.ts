import { departmentNameSql } from "../departments/index.js";

/**
 * The catalog keeps one site row per initiative delivered there, so a KEYSPOT that runs three
 * initiatives has three rows with the same `site_id`. Every count of places and every sum of
 * computers goes through this one statement so a place counts once. Should two rows of one place
 * disagree (departments' feeds arrive at different times), the larger figures win: a place's
 * computers do not vanish because one feed has not reported them.
 *
 * Site ids are `<subgraph>:<kind>:<key>`, so all rows of one id come from the same department's
 * feed; `department_id` is that department, `department_name` its registered name.
 *
 * `where` is a fixed SQL fragment over `catalog_site s` written in this folder; values travel as
 * parameters of the enclosing statement.
 */
export function distinctSitesSql(where: string): string {
  return `
    SELECT DISTINCT ON (s.neighborhood_id, s.site_id)
           s.neighborhood_id, s.site_id, s.name, s.kind, s.workstations, s.weekly_open_hours, i.department_id,
           ${departmentNameSql("i.department_id")} AS department_name
      FROM catalog_site s
      JOIN catalog_initiative i ON i.id = s.initiative_id
     WHERE ${where}
     ORDER BY s.neighborhood_id, s.site_id, s.workstations DESC NULLS LAST, s.weekly_open_hours DESC NULLS LAST, i.department_id`;
}

export interface DistinctSiteRow {
  neighborhood_id: string;
  site_id: string;
  name: string;
  kind: string;
  workstations: number | null;
  weekly_open_hours: number | null;
  department_id: string;
  department_name: string;
}
