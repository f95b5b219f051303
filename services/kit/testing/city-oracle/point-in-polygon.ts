/**
 * The test oracle's own point-in-polygon test. It deliberately shares no code with the hub's
 * geometry (services/hub/src/geography) or the kit's GeoJSON reader: the acceptance test compares
 * the hub's placements with these, and a bug shared by both sides would pass unseen.
 */

/** `[longitude, latitude]`, as GeoJSON writes a position (a third value, if any, is ignored). */
export type Position = readonly number[];
/** A closed or unclosed ring: the test treats the last position as joined to the first either way. */
export type Ring = readonly Position[];

export interface PolygonGeometry {
  type: "Polygon";
  coordinates: readonly Ring[];
}

export interface MultiPolygonGeometry {
  type: "MultiPolygon";
  coordinates: readonly (readonly Ring[])[];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/**
 * Whether a ray from the point towards +x crosses the ring an odd number of times. The half-open
 * test on y (`yi > y` differs from `yj > y`) counts a vertex exactly on the ray once, not twice,
 * and skips horizontal edges, so the parity is right at vertices too.
 */
function oddCrossings(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Even-odd over every ring of one polygon: inside the outer ring and not inside a hole. (Counting
 * all rings together is the even-odd rule itself; it needs no winding order, which the City's
 * files do not keep consistently.)
 */
export function polygonContains(rings: readonly Ring[], longitude: number, latitude: number): boolean {
  let inside = false;
  for (const ring of rings) if (oddCrossings(ring, longitude, latitude)) inside = !inside;
  return inside;
}

/**
 * Whether the geometry contains the point. A MultiPolygon contains it when any of its polygons
 * does: its parts are separate areas, so one part never cuts a hole in another.
 */
export function geometryContains(geometry: AreaGeometry, longitude: number, latitude: number): boolean {
  if (geometry.type === "Polygon") return polygonContains(geometry.coordinates, longitude, latitude);
  if (geometry.type === "MultiPolygon") return geometry.coordinates.some((polygon) => polygonContains(polygon, longitude, latitude));
  throw new Error(`expected a Polygon or MultiPolygon geometry, got ${JSON.stringify((geometry as { type: unknown }).type)}`);
}
