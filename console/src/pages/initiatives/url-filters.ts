import type { InitiativeFilter, InitiativeOrder } from "../../graphql/generated/graphql";
import { AUDIENCES, INITIATIVE_KINDS, LANGUAGES, ORDERS, PILLARS, STATUSES } from "../../words/contract";

/**
 * The initiative list's filters live in the URL, so a view can be bookmarked and shared. Each
 * several-of filter is a repeated parameter (`?audience=SENIORS&audience=YOUTH`); values the
 * contract does not know are dropped rather than sent to the graph.
 */
export const MULTI_FILTERS = {
  audience: { field: "audiences", words: AUDIENCES, legend: "Audience" },
  language: { field: "languages", words: LANGUAGES, legend: "Language" },
  pillar: { field: "pillars", words: PILLARS, legend: "Pillar" },
  kind: { field: "kinds", words: INITIATIVE_KINDS, legend: "Kind" },
  status: { field: "statuses", words: STATUSES, legend: "Status" },
} as const;

export type MultiFilterName = keyof typeof MULTI_FILTERS;

/** A registered department id, e.g. `libraries` (the registry's rule for subgraph names). */
const DEPARTMENT_ID = /^[a-z][a-z0-9-]{1,40}$/;

/**
 * The chosen departments, by registered id (`?department=libraries`): any department the registry
 * admits, so none is written here. A link saved before ids named the old code (`LIBRARIES`); it
 * still opens the same view.
 */
export function chosenDepartments(params: URLSearchParams): string[] {
  return params
    .getAll("department")
    .map((value) => (/^[A-Z][A-Z0-9_]*$/.test(value) ? value.toLowerCase().replace(/_/g, "-") : value))
    .filter((value) => DEPARTMENT_ID.test(value));
}

export const SINGLE_FILTERS = {
  neighborhood: "neighborhoodId",
  district: "planningDistrictId",
  active: "activeOn",
  partner: "partnerSlug",
  q: "search",
} as const;

export type SingleFilterName = keyof typeof SINGLE_FILTERS;

export function chosenValues(params: URLSearchParams, name: MultiFilterName): string[] {
  const words: Record<string, string> = MULTI_FILTERS[name].words;
  return params.getAll(name).filter((value) => value in words);
}

export function filterOf(params: URLSearchParams): InitiativeFilter {
  const filter: Record<string, unknown> = {};
  const departments = chosenDepartments(params);
  if (departments.length) filter.departmentIds = departments;
  for (const name of Object.keys(MULTI_FILTERS) as MultiFilterName[]) {
    const values = chosenValues(params, name);
    if (values.length) filter[MULTI_FILTERS[name].field] = values;
  }
  for (const [name, field] of Object.entries(SINGLE_FILTERS)) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    if (name === "active" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
    filter[field] = value;
  }
  return filter as InitiativeFilter;
}

export function orderOf(params: URLSearchParams): InitiativeOrder {
  const sort = params.get("sort");
  return sort && sort in ORDERS ? (sort as InitiativeOrder) : "TITLE";
}

/** A copy of the parameters with one filter changed and the paging reset to the first page. */
export function withFilter(params: URLSearchParams, name: string, values: string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(name);
  next.delete("after");
  for (const value of values) if (value) next.append(name, value);
  return next;
}

/** How many filters are set, to offer "clear all". */
export const filterCount = (params: URLSearchParams): number => Object.keys(filterOf(params)).length;
