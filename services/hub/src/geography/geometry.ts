import type { MultiPolygon, Polygon, Position } from "geojson";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";

/** The shapes the City's boundary layers use: every area is a Polygon or a MultiPolygon. */
export type AreaGeometry = Polygon | MultiPolygon;

/** West, south, east, north in WGS84 degrees, the order GeoJSON uses for a `bbox`. */
export interface BoundingBox {
  minLongitude: number;
  minLatitude: number;
  maxLongitude: number;
  maxLatitude: number;
}

export interface LonLat {
  longitude: number;
  latitude: number;
}

const polygonsOf = (geometry: AreaGeometry): Position[][][] =>
  geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;

export function boundingBoxOf(geometry: AreaGeometry): BoundingBox {
  const box = { minLongitude: Infinity, minLatitude: Infinity, maxLongitude: -Infinity, maxLatitude: -Infinity };
  // Holes lie inside their outer ring, so outer rings alone bound the shape.
  for (const [outer] of polygonsOf(geometry)) {
    for (const [longitude, latitude] of outer) {
      box.minLongitude = Math.min(box.minLongitude, longitude);
      box.maxLongitude = Math.max(box.maxLongitude, longitude);
      box.minLatitude = Math.min(box.minLatitude, latitude);
      box.maxLatitude = Math.max(box.maxLatitude, latitude);
    }
  }
  return box;
}

export const boxContains = (box: BoundingBox, longitude: number, latitude: number) =>
  longitude >= box.minLongitude && longitude <= box.maxLongitude && latitude >= box.minLatitude && latitude <= box.maxLatitude;

export const containsPoint = (geometry: AreaGeometry, longitude: number, latitude: number) =>
  booleanPointInPolygon([longitude, latitude], geometry);

/**
 * The area-weighted centroid, in plain degrees. At a city's extent the distortion of treating
 * degrees as a plane is far below what the assignments care about. Not @turf/centroid: that is
 * the mean of the vertices, which a finely drawn river edge drags towards itself (5 of the 159
 * neighborhoods get a "centroid" outside their own boundary that way, against 2 here). Rings are
 * weighted by absolute area (outer +, holes −) so a file's ring orientation does not matter.
 */
export function areaCentroid(geometry: AreaGeometry): LonLat {
  let area = 0;
  let x = 0;
  let y = 0;
  for (const rings of polygonsOf(geometry)) {
    rings.forEach((ring, index) => {
      const { signedArea, sumX, sumY } = ringMoments(ring);
      if (signedArea === 0) return;
      const weight = (index === 0 ? 1 : -1) * Math.abs(signedArea);
      area += weight;
      x += (sumX / (6 * signedArea)) * weight;
      y += (sumY / (6 * signedArea)) * weight;
    });
  }
  if (area === 0) {
    const [longitude, latitude] = polygonsOf(geometry)[0][0][0];
    return { longitude, latitude };
  }
  return { longitude: x / area, latitude: y / area };
}

function ringMoments(ring: Position[]) {
  let signedArea = 0;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    signedArea += cross;
    sumX += (x0 + x1) * cross;
    sumY += (y0 + y1) * cross;
  }
  return { signedArea: signedArea / 2, sumX, sumY };
}

/**
 * The point that stands for an area when it is assigned to a larger one and labelled on a map:
 * its centroid, unless the shape is so concave that the centroid falls outside it (in the City's
 * file: Burholme and Pennypack Park). Then the middle of the widest stretch of the shape along the
 * centroid's latitude, which is always inside.
 */
export function representativePoint(geometry: AreaGeometry): LonLat {
  const centroid = areaCentroid(geometry);
  if (containsPoint(geometry, centroid.longitude, centroid.latitude)) return centroid;
  const box = boundingBoxOf(geometry);
  // The centroid's latitude first, then latitudes spread over the box until one crosses the shape.
  const latitudes = [centroid.latitude, ...[0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875].map((f) => box.minLatitude + f * (box.maxLatitude - box.minLatitude))];
  for (const latitude of latitudes) {
    const longitude = widestInteriorMidpoint(geometry, latitude);
    if (longitude !== null) return { longitude, latitude };
  }
  return centroid;
}

/** The midpoint of the longest interior run of a horizontal line through the shape, or null. */
function widestInteriorMidpoint(geometry: AreaGeometry, latitude: number): number | null {
  const crossings: number[] = [];
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i += 1) {
        const [x0, y0] = ring[i];
        const [x1, y1] = ring[i + 1];
        // Half-open so a vertex exactly on the line is counted once.
        if (y0 <= latitude !== y1 <= latitude) crossings.push(x0 + ((latitude - y0) * (x1 - x0)) / (y1 - y0));
      }
    }
  }
  crossings.sort((a, b) => a - b);
  let best: number | null = null;
  let bestWidth = 0;
  // Even-odd rule: between crossings 0–1, 2–3, … the line is inside.
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1] - crossings[i];
    if (width > bestWidth) {
      bestWidth = width;
      best = (crossings[i] + crossings[i + 1]) / 2;
    }
  }
  return best;
}

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS = 6_371_008.8;

/**
 * Area in square metres, projecting degrees onto a plane scaled at the shape's own latitude. At
 * the size of a neighborhood that is within a fraction of a percent of the geodesic area, which
 * is all a figure used for densities needs.
 */
export function approximateAreaSquareMeters(geometry: AreaGeometry): number {
  const radians = Math.PI / 180;
  const xScale = EARTH_RADIUS * radians * Math.cos(areaCentroid(geometry).latitude * radians);
  const yScale = EARTH_RADIUS * radians;
  let total = 0;
  for (const rings of polygonsOf(geometry)) {
    rings.forEach((ring, index) => {
      const area = Math.abs(ringMoments(ring).signedArea) * xScale * yScale;
      total += index === 0 ? area : -area;
    });
  }
  return total;
}
