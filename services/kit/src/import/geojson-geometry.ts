import { type Geometry, type GeometryType } from "./geojson-types.js";

/**
 * Why a geometry cannot be used, or undefined when it can: the type must be one the importer
 * takes and every position a finite longitude and latitude. Metres from a projected export
 * (Web Mercator, State Plane) fail the range check, which is the point: RFC 7946 is WGS84 only.
 */
export function geometryProblem(geometry: unknown, allowed: readonly GeometryType[]): string | undefined {
  if (!isObject(geometry)) return "has no geometry";
  const { type, coordinates } = geometry;
  if (typeof type !== "string" || !(allowed as readonly string[]).includes(type)) {
    return `geometry is ${JSON.stringify(type)}, expected ${allowed.join(" or ")}`;
  }
  switch (type as Geometry["type"]) {
    case "Point":
      return positionProblem(coordinates);
    case "MultiPoint":
      return listProblem(coordinates, "points", 1, positionProblem);
    case "Polygon":
      return polygonProblem(coordinates);
    case "MultiPolygon":
      return listProblem(coordinates, "polygons", 1, polygonProblem);
  }
}

function positionProblem(position: unknown): string | undefined {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3 || !position.every((n) => typeof n === "number" && Number.isFinite(n))) {
    return `coordinates ${JSON.stringify(position)} are not [longitude, latitude]`;
  }
  const [longitude, latitude] = position as number[];
  if (Math.abs(longitude as number) > 180 || Math.abs(latitude as number) > 90) {
    return `coordinates [${longitude}, ${latitude}] are not WGS84 longitude/latitude`;
  }
  return undefined;
}

/** A linear ring: at least four positions, the last repeating the first. */
function ringProblem(ring: unknown): string | undefined {
  const problem = listProblem(ring, "positions", 4, positionProblem);
  if (problem) return `a ring ${problem}`;
  const positions = ring as number[][];
  const [first, last] = [positions[0] as number[], positions[positions.length - 1] as number[]];
  return first[0] === last[0] && first[1] === last[1] ? undefined : "a ring is not closed (its last position differs from its first)";
}

function polygonProblem(rings: unknown): string | undefined {
  return listProblem(rings, "rings", 1, ringProblem);
}

function listProblem(list: unknown, what: string, minimum: number, itemProblem: (item: unknown) => string | undefined): string | undefined {
  if (!Array.isArray(list) || list.length < minimum) return `needs at least ${minimum} ${what}`;
  for (const item of list) {
    const problem = itemProblem(item);
    if (problem) return problem;
  }
  return undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
