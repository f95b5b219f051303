import { badUserInput, hasControlCharacters } from "@dlhub/subgraph-kit";
import { chosenDepartmentIds } from "../departments/index.js";
import { demoRuleSql } from "./demo-rule.js";
import { type InitiativeFilter, InitiativeOrder } from "./initiative-filter.input.js";

/** A WHERE clause with numbered parameters, built only from the filter's typed values. */
export interface SqlCondition {
  where: string;
  params: unknown[];
}

const MAX_SEARCH_LENGTH = 200;

/**
 * Translates the coordinator's filter into SQL over `catalog_initiative i` (demo initiatives only
 * when `includeDemo`; see demo-rule.ts). Values always travel
 * as parameters; array filters use the GIN-indexed overlap operator, places go through the
 * indexed site table, and text search uses the stored tsvector.
 */
export function initiativeConditions(filter: InitiativeFilter = {}, includeDemo: boolean | { demoRule: string | null } = true): SqlCondition {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const anyOf = (column: string, values?: string[]) => {
    if (values?.length) clauses.push(`${column} = ANY(${param(values)}::text[])`);
  };
  const overlaps = (column: string, values?: string[]) => {
    if (values?.length) clauses.push(`${column} && ${param(values)}::text[]`);
  };
  if (includeDemo === false) clauses.push("NOT i.is_demo");
  // The hub's demo rule written into the statement itself (demo-rule.ts, demoRuleSql).
  if (typeof includeDemo === "object" && includeDemo.demoRule) clauses.push(includeDemo.demoRule);
  anyOf("i.department_id", chosenDepartmentIds(filter));
  anyOf("i.kind", filter.kinds);
  anyOf("i.status", filter.statuses);
  overlaps("i.audiences", filter.audiences);
  overlaps("i.languages", filter.languages);
  overlaps("i.pillars", filter.pillars);
  if (filter.neighborhoodId) {
    clauses.push(`EXISTS (SELECT 1 FROM catalog_site s WHERE s.initiative_id = i.id AND s.neighborhood_id = ${param(filter.neighborhoodId)})`);
  }
  if (filter.planningDistrictId) {
    clauses.push(`EXISTS (SELECT 1 FROM catalog_site s WHERE s.initiative_id = i.id AND s.planning_district_id = ${param(filter.planningDistrictId)})`);
  }
  if (filter.activeOn) {
    const day = param(filter.activeOn);
    clauses.push(`i.start_date <= ${day}::date AND (i.end_date IS NULL OR i.end_date >= ${day}::date)`);
  }
  if (filter.from) clauses.push(`(i.end_date IS NULL OR i.end_date >= ${param(filter.from)}::date)`);
  if (filter.to) clauses.push(`i.start_date <= ${param(filter.to)}::date`);
  if (filter.from && filter.to && filter.from > filter.to) throw badUserInput("`from` must not be after `to`", "filter.from");
  if (filter.partnerSlug) {
    clauses.push(`EXISTS (SELECT 1 FROM catalog_partner p WHERE p.initiative_id = i.id AND p.partner_slug = ${param(filter.partnerSlug)})`);
  }
  if (filter.funderSlug) {
    clauses.push(`EXISTS (SELECT 1 FROM catalog_partner p WHERE p.initiative_id = i.id AND p.role = 'FUNDER' AND p.partner_slug = ${param(filter.funderSlug)})`);
  }
  if (filter.funded !== undefined && filter.funded !== null) {
    clauses.push(`${filter.funded ? "" : "NOT "}EXISTS (SELECT 1 FROM catalog_partner p WHERE p.initiative_id = i.id AND p.role = 'FUNDER')`);
  }
  if (filter.search !== undefined && filter.search !== null) {
    const words = filter.search.trim();
    if (words.length > MAX_SEARCH_LENGTH) throw badUserInput(`\`search\` is limited to ${MAX_SEARCH_LENGTH} characters`, "filter.search");
    // PostgreSQL refuses NUL in text, and no one types the other control characters: an
    // invisible escape in a search is an attack or a paste gone wrong, named as such.
    if (hasControlCharacters(words, { lineBreaks: true })) throw badUserInput("`search` may not contain control characters", "filter.search");
    // websearch_to_tsquery accepts anything a person types (quotes, or, -minus) without syntax errors.
    if (words) clauses.push(`i.search @@ websearch_to_tsquery('simple', ${param(words)})`);
  }
  return { where: clauses.length ? clauses.join(" AND ") : "TRUE", params };
}

/** The filter's fields the kept counts (catalog_count) can answer: departments and demo data only. */
const KEPT_COUNT_FIELDS = new Set(["departmentIds", "departments", "includeDemo"]);

/**
 * The number of initiatives matching the filter and whether any is demo data, as one JSON pair:
 * from the counts the catalog keeps by department (migration CatalogCounts) when the filter
 * asks no more than that, which is the coordinator's list as it opens, else by counting the
 * matching rows under the filter's own conditions (`where`, whose parameters the statement
 * already carries). `param` numbers the kept count's own parameters; `kept` says which it is.
 */
export function countSql(filter: InitiativeFilter = {}, where: string, param: (value: unknown) => string): { sql: string; kept: boolean } {
  const asked = Object.entries(filter).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0));
  if (asked.every(([field]) => KEPT_COUNT_FIELDS.has(field))) {
    const clauses = ["c.initiatives > 0"];
    const demoRule = demoRuleSql("c", filter.includeDemo);
    if (demoRule) clauses.push(demoRule);
    const ids = chosenDepartmentIds(filter);
    if (ids) clauses.push(`c.department_id = ANY(${param(ids)}::text[])`);
    const sql = `(SELECT json_build_array(coalesce(sum(c.initiatives), 0)::int, coalesce(bool_or(c.is_demo), false)) FROM catalog_count c WHERE ${clauses.join(" AND ")})`;
    return { sql, kept: true };
  }
  return { sql: `(SELECT json_build_array(count(*), coalesce(bool_or(i.is_demo), false)) FROM catalog_initiative i WHERE ${where})`, kept: false };
}

export function initiativeOrder(order: InitiativeOrder): string {
  switch (order) {
    case InitiativeOrder.START_DATE:
      return "i.start_date DESC, i.id";
    case InitiativeOrder.RECENTLY_CHANGED:
      return "i.source_updated_at DESC, i.id";
    default:
      return "i.title, i.id";
  }
}
