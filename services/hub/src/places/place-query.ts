import { badUserInput, hasControlCharacters } from "@dlhub/subgraph-kit";
import { type SqlCondition } from "../catalog/initiative-query.js";
import { chosenDepartmentIds } from "../departments/index.js";
import { type PlaceFilter } from "./place-filter.input.js";

const MAX_SEARCH_LENGTH = 200;
const MAX_NEAR_METERS = 50_000;
const MAX_LIST = 100;
const METERS_PER_DEGREE = 111_320;

/**
 * Translates the coordinator's place filter into SQL over `catalog_place p`, values always as
 * parameters. `near` is a bounding box on the position index, then the great-circle distance.
 */
export function placeConditions(filter: PlaceFilter = {}, includeDemo: boolean): SqlCondition {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const anyOf = (column: string, field: string, values?: string[]) => {
    if (!values?.length) return;
    if (values.length > MAX_LIST) throw badUserInput(`\`${field}\` takes at most ${MAX_LIST} values`, `filter.${field}`);
    clauses.push(`${column} = ANY(${param(values)}::text[])`);
  };
  if (!includeDemo) clauses.push("NOT p.is_demo");
  anyOf("p.department_id", "departmentIds", chosenDepartmentIds(filter));
  anyOf("p.kind", "kinds", filter.kinds);
  anyOf("p.type_code", "typeCodes", filter.typeCodes);
  anyOf("p.status", "statuses", filter.statuses);
  if (filter.neighborhoodId) clauses.push(`p.neighborhood_id = ${param(filter.neighborhoodId)}`);
  if (filter.planningDistrictId) clauses.push(`p.planning_district_id = ${param(filter.planningDistrictId)}`);
  if (filter.near) clauses.push(nearClause(filter.near, param));
  if (filter.search !== undefined && filter.search !== null) {
    const words = filter.search.trim();
    if (words.length > MAX_SEARCH_LENGTH) throw badUserInput(`\`search\` is limited to ${MAX_SEARCH_LENGTH} characters`, "filter.search");
    if (hasControlCharacters(words, { lineBreaks: true })) throw badUserInput("`search` may not contain control characters", "filter.search");
    if (words) clauses.push(`p.search @@ websearch_to_tsquery('simple', ${param(words)})`);
  }
  return { where: clauses.length ? clauses.join(" AND ") : "TRUE", params };
}

function nearClause(near: NonNullable<PlaceFilter["near"]>, param: (value: unknown) => string): string {
  const { latitude, longitude, meters } = near;
  if (!(latitude >= -90 && latitude <= 90)) throw badUserInput("`near.latitude` must be between -90 and 90", "filter.near.latitude");
  if (!(longitude >= -180 && longitude <= 180)) throw badUserInput("`near.longitude` must be between -180 and 180", "filter.near.longitude");
  if (!(meters > 0 && meters <= MAX_NEAR_METERS)) throw badUserInput(`\`near.meters\` must be more than 0 and at most ${MAX_NEAR_METERS}`, "filter.near.meters");
  const dLat = meters / METERS_PER_DEGREE;
  const dLon = dLat / Math.max(0.01, Math.cos((latitude * Math.PI) / 180));
  const [lat, lon, m] = [param(latitude), param(longitude), param(meters)];
  return `p.latitude BETWEEN ${param(latitude - dLat)} AND ${param(latitude + dLat)}
      AND p.longitude BETWEEN ${param(longitude - dLon)} AND ${param(longitude + dLon)}
      AND ${distanceSql(lat, lon)} <= ${m}::float8`;
}

/** Haversine distance in metres from a parameter point to `p`'s position. */
function distanceSql(lat: string, lon: string): string {
  return `(2 * 6371008.8 * asin(sqrt(
      power(sin(radians(p.latitude - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ${lon}::float8) / 2), 2))))`;
}
